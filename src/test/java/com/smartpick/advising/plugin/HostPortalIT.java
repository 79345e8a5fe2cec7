package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.LogTail;
import com.smartpick.advising.support.TestJvmOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * A real host in the build: {@code src/it/host-portal}, a portal of its own (own pom, security chain, users,
 * database, views), built by Maven in a process of its own against the library jar this build made, with nothing but
 * the jar's one dependency; its own test drives the plugin's views inside it in Chromium. Before it runs, the pom
 * installs the jar into {@code target/it-repo} and copies the portal into {@code target/it} (see the pom's
 * maven-invoker-plugin and maven-resources-plugin). It runs beside the other integration tests: the portal's build
 * spends most of its time in its own browser test.
 *
 * <p>Then what the plugin brings to a host: the portal's runtime classpath has the library and no launcher jar,
 * embedded PostgreSQL or OAuth2 client, and the library jar holds no launcher classes, Vaadin bundle or Boot layout.
 */
// the last in order, which the integration tests' pool runs first (see the pom's Failsafe settings)
@Order(Integer.MAX_VALUE)
class HostPortalIT {

    private static final Path PORTAL = Path.of("target", "it", "host-portal").toAbsolutePath();
    private static final Path SETTINGS = Path.of("target", "it", "settings.xml").toAbsolutePath();
    private static final Path REPOSITORY = Path.of("target", "it-repo").toAbsolutePath();
    private static final Path RUNTIME_DEPENDENCIES = PORTAL.resolve("target/runtime-dependencies.txt");

    @Test
    void the_host_portal_builds_against_the_library_and_its_browser_test_passes() throws Exception {
        // what the portal's build does not find in target/it-repo it copies from the developer's own local repository
        Path developersRepository = Path.of(System.getProperty("host-portal.local-repository"));
        Files.writeString(SETTINGS, Files.readString(SETTINGS).replace("@localRepositoryUrl@",
                developersRepository.toUri().toString()));
        Path log = PORTAL.resolve("build.log");
        ProcessBuilder builder = new ProcessBuilder(command()).directory(PORTAL.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("MAVEN_OPTS", TestJvmOptions.fromThisJvmJoined());
        Process build = builder.start();
        // its own test takes about a minute on two cores; a build stuck far longer is a failure, not a wait
        boolean ended = build.waitFor(15, TimeUnit.MINUTES);
        if (!ended) {
            build.destroyForcibly();
        }
        assertThat(ended && build.exitValue() == 0)
                .as("the host portal's build (%s) ended well; its log's end:%n%s", log, LogTail.of(log, 60)).isTrue();

        String runtime = Files.readString(RUNTIME_DEPENDENCIES);
        assertThat(runtime).contains("com.smartpick:smartpick-advising:jar:")
                .doesNotContain("smartpick-advising:jar:standalone", "io.zonky.test", "spring-security-oauth2-client");

        String version = System.getProperty("project.version");
        Path library = REPOSITORY.resolve("com/smartpick/smartpick-advising/" + version + "/smartpick-advising-" + version
                + ".jar");
        try (ZipFile jar = new ZipFile(library.toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            for (String part : List.of("com/smartpick/advising/standalone/", "META-INF/VAADIN/", "BOOT-INF/",
                    "advising-standalone.properties")) {
                assertThat(names).as("the library jar holds nothing under %s", part)
                        .noneMatch(name -> name.startsWith(part));
            }
        }
    }

    /**
     * The Maven that runs this build, on the portal, with its own local repository. The portal's build picks its JDK
     * by toolchain, as this one does.
     */
    private static List<String> command() {
        return List.of(Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-s", SETTINGS.toString(), "-Dmaven.repo.local=" + REPOSITORY,
                "verify", "dependency:list", "-DincludeScope=runtime", "-DoutputFile=" + RUNTIME_DEPENDENCIES,
                "-DoutputAbsoluteArtifactFilename=false", "-DargLine=" + TestJvmOptions.fromThisJvmJoined());
    }
}
