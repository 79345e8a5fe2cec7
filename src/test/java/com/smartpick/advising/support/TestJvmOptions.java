package com.smartpick.advising.support;

import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * The JVM options the build gives its test JVMs (the pom's {@code argLine}), for the JVMs the tests start in turn:
 * Keycloak, the portal's instances, the host portal's Maven. They live as briefly as the tests do, so they pay for
 * the same choices, written once in the pom. From an IDE, which passes none, they get none either.
 */
public final class TestJvmOptions {

    private TestJvmOptions() {
    }

    /** This JVM's {@code -XX:} options, e.g. {@code [-XX:TieredStopAtLevel=1]}. */
    public static List<String> fromThisJvm() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(argument -> argument.startsWith("-XX:")).toList();
    }

    /** The same, as one string for a variable such as {@code JAVA_OPTS_APPEND} or {@code MAVEN_OPTS}. */
    public static String fromThisJvmJoined() {
        return String.join(" ", fromThisJvm());
    }
}
