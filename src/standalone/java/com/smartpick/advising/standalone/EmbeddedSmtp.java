package com.smartpick.advising.standalone;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The launcher's default SMTP server: GreenMail, in this JVM on a free port of the loopback interface, which accepts
 * every e-mail and delivers it nowhere, so a trial run sends notifications for real without reaching anyone. The admins'
 * <i>Mail</i> page lists what was sent; tests read the messages that arrived from this bean. Set {@code spring.mail.host}
 * (README, "Notifications") and Spring Boot's own mail sender takes over, and this server is not started.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
public class EmbeddedSmtp {

    @Bean(destroyMethod = "stop")
    GreenMail embeddedSmtpServer() {
        GreenMail server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        server.start();
        return server;
    }

    @Bean
    JavaMailSenderImpl mailSender(GreenMail embeddedSmtpServer) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(embeddedSmtpServer.getSmtp().getPort());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        return sender;
    }
}
