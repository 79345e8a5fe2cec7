package com.smartpick.advising.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's HAProxy in front of {@link PortalInstance}s, configured as the README's "Running more than one instance"
 * shows: sticky sessions by a cookie naming the instance (Vaadin keeps each open page's state in its session, in one
 * instance's memory), health checks every second, and a request whose instance is gone sent to another. Its config and
 * log are left in the given folder.
 */
public final class Haproxy implements AutoCloseable {

    public static final Path BINARY = Path.of(System.getProperty("haproxy.binary", "/usr/sbin/haproxy"));
    /** The cookie HAProxy inserts: the name of the instance that serves the browser. */
    public static final String COOKIE = "SRV";

    public final int port;
    private final Process process;
    private final Path log;

    private Haproxy(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts it in front of instances that already answer, and waits until it answers too. */
    public static Haproxy start(Path folder, PortalInstance... instances) throws InterruptedException {
        int port = PortalInstance.freePort();
        Path config = folder.resolve("haproxy.cfg");
        Path log = folder.resolve("haproxy.log");
        try {
            Files.writeString(config, config(port, instances));
            Haproxy haproxy = new Haproxy(port, new ProcessBuilder(BINARY.toString(), "-db", "-f", config.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
            PortalInstance.awaitLoginPage("HAProxy", port, Duration.ofSeconds(30), haproxy.process, haproxy::log);
            return haproxy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String config(int port, PortalInstance... instances) {
        return """
                global
                    log stdout format raw local0 info

                defaults
                    mode http
                    log global
                    option httplog
                    timeout connect 5s
                    timeout client 1m
                    timeout server 1m
                    # a request whose instance does not answer goes to another one
                    option redispatch
                    retries 2

                frontend portal
                    bind 127.0.0.1:%d
                    option forwardfor
                    default_backend instances

                backend instances
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk
                    http-check send meth GET uri /advising/login
                    http-check expect status 200
                    default-server check inter 1s fall 2 rise 2
                %s
                """.formatted(port, COOKIE, Arrays.stream(instances)
                .map(i -> "    server %s 127.0.0.1:%d cookie %s".formatted(i.name, i.port, i.name))
                .collect(Collectors.joining("\n")));
    }

    private String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
