package com.smartpick.advising.standalone.launch;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The standalone jar's {@code Main-Class}, so that {@code java -jar} works with whatever {@code java} comes first on the
 * path. The portal needs Java 21 (Vaadin 25 does); this class alone is compiled for Java 8, so an older Java can still
 * run it. On Java 21 or newer it hands over to Spring Boot's launcher in the same JVM. On an older one it finds a newer
 * installation ({@link JdkFinder}) and starts the jar again with it: same arguments, same JVM options plus the
 * defaults below where none of their kind was given, the same terminal; a signal to this process stops that one
 * gracefully, and this process ends with its exit code. With none installed it says in one line what to install.
 */
public final class StandaloneLauncher {

    static final int REQUIRED_VERSION = 21;

    /** Set for the JVM this launcher starts: a JDK whose release file lies must not start another launcher, and so on. */
    static final String STARTED_BY_LAUNCHER = "SMARTPICK_ADVISING_LAUNCHER";

    /** An option the launcher adds when the person gave none that {@code givenBy} matches. */
    static final class JvmDefault {
        final String option;
        final Pattern givenBy;

        JvmDefault(String option, String givenBy) {
            this.option = option;
            this.givenBy = Pattern.compile(givenBy);
        }
    }

    /**
     * What keeps one instance small (the README, "Running the standalone jar", has the figures): one GC with no region
     * bookkeeping, which suits the few cores a portal instance gets; a heap that starts small and grows as the sessions
     * need it, up to half the machine's memory (or the container's); and only the quick compiler, which is half the
     * code cache and compiler memory for a portal whose requests wait on the database, not on the CPU.
     */
    static final List<JvmDefault> JVM_DEFAULTS = Arrays.asList(
            new JvmDefault("-XX:+UseSerialGC", "-XX:[+-]Use\\w*GC"),
            new JvmDefault("-Xms32m", "-Xms|-XX:InitialHeapSize=|-XX:InitialRAMPercentage=|-XX:MinHeapSize="),
            new JvmDefault("-XX:MaxRAMPercentage=50", "-Xmx|-XX:MaxHeapSize=|-XX:MaxRAMPercentage=|-XX:MaxRAM="),
            new JvmDefault("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=|-XX:[+-]TieredCompilation|-Xint|-Xcomp"));

    private StandaloneLauncher() {
    }

    public static void main(String[] args) throws Exception {
        int running = JdkFinder.featureVersion(System.getProperty("java.specification.version"));
        if (running >= REQUIRED_VERSION) {
            handOverToSpringBoot(args);
            return;
        }
        JdkFinder.Jdk jdk = System.getenv(STARTED_BY_LAUNCHER) == null
                ? JdkFinder.forThisMachine().find(REQUIRED_VERSION) : null;
        if (jdk == null) {
            System.err.println("SmartPick Advising needs Java " + REQUIRED_VERSION + " or newer; this is Java " + running
                    + " and none newer was found (JAVA_HOME, ~/.m2/toolchains.xml, /usr/lib/jvm, SDKMAN, ~/.jdks):"
                    + " install one (e.g. apt-get install temurin-21-jdk, or from adoptium.net) and run this again.");
            System.exit(1);
        }
        System.exit(runOn(jdk, running, args));
    }

    private static void handOverToSpringBoot(String[] args) throws Exception {
        try {
            Class.forName("org.springframework.boot.loader.launch.JarLauncher")
                    .getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            Throwable cause = failed.getCause();
            throw cause instanceof Exception ? (Exception) cause : new RuntimeException(cause);
        }
    }

    private static int runOn(JdkFinder.Jdk jdk, int running, String[] args) throws Exception {
        File jar = new File(StandaloneLauncher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> given = ManagementFactory.getRuntimeMXBean().getInputArguments();
        List<String> jvmOptions = withDefaults(given);
        System.err.println("Java " + running + " cannot run SmartPick Advising; starting it on " + jdk
                + (jvmOptions.isEmpty() ? "" : " with " + String.join(" ", jvmOptions)));
        ProcessBuilder builder = new ProcessBuilder(command(jdk.java(), jvmOptions, jar, args)).inheritIO();
        Map<String, String> environment = builder.environment();
        // their options are among this JVM's own, passed on above: read again, an agent would be loaded twice
        environment.remove("JAVA_TOOL_OPTIONS");
        if (running >= 9) {
            environment.remove("JDK_JAVA_OPTIONS");
        }
        environment.put(STARTED_BY_LAUNCHER, "Java " + running);
        Process portal = builder.start();
        // SIGTERM from a service manager, Ctrl-C: the portal shuts down gracefully and its exit code is ours
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            portal.destroy();
            try {
                Runtime.getRuntime().halt(portal.waitFor());
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }));
        return portal.waitFor();
    }

    /** The person's JVM options, then each default whose kind they left out. */
    static List<String> withDefaults(List<String> given) {
        List<String> options = new ArrayList<>(given);
        for (JvmDefault jvmDefault : JVM_DEFAULTS) {
            boolean isGiven = false;
            for (String option : given) {
                isGiven |= jvmDefault.givenBy.matcher(option).lookingAt();
            }
            if (!isGiven) {
                options.add(jvmDefault.option);
            }
        }
        return options;
    }

    static List<String> command(File java, List<String> jvmOptions, File jar, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(java.getPath());
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.getPath());
        command.addAll(Arrays.asList(args));
        return command;
    }
}
