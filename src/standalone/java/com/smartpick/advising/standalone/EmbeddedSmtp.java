package com.smartpick.advising.standalone;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The launcher's default SMTP server: GreenMail, in this JVM on a free port of the loopback interface, which accepts
 * every e-mail and delivers it nowhere, so a trial run sends notifications for real without reaching anyone. The admins'
 * <i>Mail</i> page lists what was sent; tests read what arrived through {@link #received}. Set {@code spring.mail.host}
 * (README, "Notifications") and Spring Boot's own mail sender takes over, and this server is not started.
 *
 * <p>One server per JVM, like the embedded database: tests cache several contexts in one JVM, each with a sender of its
 * own on the one database, and whichever sends an e-mail, it arrives here. It stops when the last context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class EmbeddedSmtp implements DisposableBean {

    private static @Nullable GreenMail server;
    private static int leases;

    private final GreenMail leased;

    EmbeddedSmtp() {
        synchronized (EmbeddedSmtp.class) {
            if (server == null) {
                ServerSetup smtp = new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort();
                // GreenMail's 2 s were too short on a busy machine, and the whole start failed with it
                smtp.setServerStartupTimeout(30_000);
                GreenMail started = new GreenMail(smtp);
                started.start();
                server = started;
            }
            leases++;
            leased = server;
        }
    }

    @Bean
    JavaMailSenderImpl mailSender() {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(leased.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }

    /** Every message the server received since it started, to anyone. */
    public MimeMessage[] received() {
        return leased.getReceivedMessages();
    }

    @Override
    public void destroy() {
        synchronized (EmbeddedSmtp.class) {
            if (--leases == 0 && server != null) {
                server.stop();
                server = null;
            }
        }
    }
}
