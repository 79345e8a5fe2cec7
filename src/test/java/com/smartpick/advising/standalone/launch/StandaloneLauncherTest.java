package com.smartpick.advising.standalone.launch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the standalone jar's launcher finds a Java to run the portal on, and what it starts it with. */
class StandaloneLauncherTest {

    @TempDir
    Path machine;

    private final Map<String, String> environment = new HashMap<>();

    @Test
    void takesTheNewestInstalledJavaOfAtLeast21() throws IOException {
        installJava("usr/lib/jvm/java-17-openjdk-amd64", "17.0.15");
        installJava("usr/lib/jvm/temurin-21-jdk-amd64", "21.0.9");
        installJava("usr/lib/jvm/temurin-25-jdk-amd64", "25.0.1");
        installJava("usr/lib/jvm/jdk-26-ea", "26-ea");
        Files.createDirectories(machine.resolve("usr/lib/jvm/default-java-without-release/bin"));

        assertThat(finder().find(21).home).isEqualTo(machine.resolve("usr/lib/jvm/jdk-26-ea").toFile());
        assertThat(finder().find(21).version).isEqualTo(26);
    }

    @Test
    void whatThePersonChoseComesBeforeTheNewest() throws IOException {
        installJava("usr/lib/jvm/temurin-25-jdk-amd64", "25.0.1");
        Path chosen = installJava("opt/jdk-21", "21.0.9");
        environment.put("JAVA_HOME", chosen.toString());

        assertThat(finder().find(21).home).isEqualTo(chosen.toFile());
    }

    @Test
    void aJavaHomeTooOldLeadsToMavensToolchains() throws IOException {
        environment.put("JAVA_HOME", installJava("usr/lib/jvm/java-17-openjdk-amd64", "17.0.15").toString());
        installJava("usr/lib/jvm/temurin-25-jdk-amd64", "25.0.1");
        Path toolchainJdk = installJava("tools/jdk-21", "21.0.9");
        Path jre = installJava("tools/not-a-jdk-toolchain", "24");
        Files.createDirectories(machine.resolve("home/.m2"));
        Files.writeString(machine.resolve("home/.m2/toolchains.xml"), """
                <toolchains>
                  <toolchain><type>netbeans</type><configuration><jdkHome>%s</jdkHome></configuration></toolchain>
                  <toolchain>
                    <type>jdk</type>
                    <provides><version>17</version></provides>
                    <configuration><jdkHome>%s</jdkHome></configuration>
                  </toolchain>
                  <toolchain>
                    <type>jdk</type>
                    <provides><version>21</version></provides>
                    <configuration><jdkHome> %s </jdkHome></configuration>
                  </toolchain>
                </toolchains>
                """.formatted(jre, environment.get("JAVA_HOME"), toolchainJdk));

        assertThat(finder().find(21).home).isEqualTo(toolchainJdk.toFile());
    }

    @Test
    void findsSdkmanIntellijAndMacOsInstallations() throws IOException {
        installJava("home/.sdkman/candidates/java/21.0.9-tem", "21.0.9");
        assertThat(finder().find(21).home).isEqualTo(machine.resolve("home/.sdkman/candidates/java/21.0.9-tem").toFile());

        installJava("home/.jdks/corretto-22", "22.0.2");
        assertThat(finder().find(21).version).isEqualTo(22);

        Path bundle = installJava("home/Library/Java/JavaVirtualMachines/temurin-23.jdk/Contents/Home", "23.0.1");
        assertThat(finder().find(21).home).isEqualTo(bundle.toFile());
    }

    @Test
    void findsNoneWhereOnlyOlderJavasAre() throws IOException {
        installJava("usr/lib/jvm/java-8-openjdk-amd64/jre", "1.8.0_412");
        installJava("usr/lib/jvm/java-17-openjdk-amd64", "17.0.15");
        Files.createDirectories(machine.resolve("home/.m2"));
        Files.writeString(machine.resolve("home/.m2/toolchains.xml"), "not xml");

        assertThat(finder().find(21)).isNull();
    }

    @Test
    void readsTheFeatureVersionOfEveryJavaNaming() {
        assertThat(JdkFinder.featureVersion("1.8.0_412")).isEqualTo(8);
        assertThat(JdkFinder.featureVersion("1.8")).isEqualTo(8);
        assertThat(JdkFinder.featureVersion("17.0.15")).isEqualTo(17);
        assertThat(JdkFinder.featureVersion("21")).isEqualTo(21);
        assertThat(JdkFinder.featureVersion("25-ea")).isEqualTo(25);
        assertThat(JdkFinder.featureVersion("none")).isZero();
    }

    @Test
    void theStartedJvmGetsThePersonsOptionsThenTheDefaultsTheyLeftOut() {
        assertThat(StandaloneLauncher.withDefaults(List.of("-Dx=1"))).containsExactly("-Dx=1", "-XX:+UseSerialGC",
                "-Xms32m", "-XX:MaxRAMPercentage=50", "-XX:TieredStopAtLevel=1");
        assertThat(StandaloneLauncher.withDefaults(List.of("-XX:+UseG1GC", "-Xmx1g", "-XX:InitialRAMPercentage=5",
                "-XX:TieredStopAtLevel=4"))).containsExactly("-XX:+UseG1GC", "-Xmx1g", "-XX:InitialRAMPercentage=5",
                "-XX:TieredStopAtLevel=4");
        assertThat(StandaloneLauncher.withDefaults(List.of("-Xms1g", "-XX:MaxRAM=4g", "-XX:-UseSerialGC", "-Xint")))
                .containsExactly("-Xms1g", "-XX:MaxRAM=4g", "-XX:-UseSerialGC", "-Xint");

        assertThat(StandaloneLauncher.command(new File("/jdk/bin/java"), List.of("-Xmx1g"), new File("/srv/portal.jar"),
                new String[] {"--server.port=9000"}))
                .containsExactly("/jdk/bin/java", "-Xmx1g", "-jar", "/srv/portal.jar", "--server.port=9000");
    }

    @Test
    void theJarsLauncherIsCompiledForJava8() throws IOException {
        Path launcherClasses = Path.of("target/launcher-classes/com/smartpick/advising/standalone/launch");
        for (String name : List.of("StandaloneLauncher", "JdkFinder", "JdkFinder$Jdk")) {
            try (InputStream in = Files.newInputStream(launcherClasses.resolve(name + ".class"));
                 DataInputStream classFile = new DataInputStream(in)) {
                classFile.readInt(); // magic
                classFile.readUnsignedShort(); // minor
                assertThat(classFile.readUnsignedShort()).as(name + "'s class file version").isEqualTo(52);
            }
        }
    }

    private JdkFinder finder() {
        return new JdkFinder(environment, machine.resolve("home").toFile(), List.of(machine.resolve("usr/lib/jvm").toFile()));
    }

    private Path installJava(String folder, String version) throws IOException {
        Path home = machine.resolve(folder);
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("bin/java"), "");
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }
}
