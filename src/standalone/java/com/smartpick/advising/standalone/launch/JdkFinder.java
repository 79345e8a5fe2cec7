package com.smartpick.advising.standalone.launch;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Finds a Java installation of at least a given version where the build's Maven toolchains look for one: what the
 * person chose first ({@code JAVA_HOME}, then {@code ~/.m2/toolchains.xml}), then the newest in the usual folders
 * ({@code /usr/lib/jvm}, SDKMAN, {@code ~/.jdks}, the macOS and Windows JDK folders). A folder counts when it has
 * {@code bin/java} and the {@code release} file every JDK and JRE since 9 carries, so no candidate is started to ask.
 * Compiled for Java 8 with the launcher (see {@link StandaloneLauncher}).
 */
final class JdkFinder {

    /** A Java installation: its folder and its feature version (8, 17, 21, 25). */
    static final class Jdk {
        final File home;
        final int version;

        Jdk(File home, int version) {
            this.home = home;
            this.version = version;
        }

        File java() {
            File unix = new File(home, "bin/java");
            return unix.isFile() ? unix : new File(home, "bin/java.exe");
        }

        @Override
        public String toString() {
            return home + " (Java " + version + ")";
        }
    }

    private final Map<String, String> environment;
    private final File userHome;
    private final List<File> installFolders;

    /** @param installFolders folders whose subfolders are Java installations, besides the ones under the user's home */
    JdkFinder(Map<String, String> environment, File userHome, List<File> installFolders) {
        this.environment = environment;
        this.userHome = userHome;
        this.installFolders = installFolders;
    }

    static JdkFinder forThisMachine() {
        return new JdkFinder(System.getenv(), new File(System.getProperty("user.home")),
                systemInstallFolders(System.getProperty("os.name", "")));
    }

    static List<File> systemInstallFolders(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String programFiles = "C:\\Program Files\\";
            return files(programFiles + "Java", programFiles + "Eclipse Adoptium", programFiles + "Eclipse Foundation",
                    programFiles + "Microsoft", programFiles + "Zulu", programFiles + "Amazon Corretto",
                    programFiles + "BellSoft");
        }
        if (os.contains("mac")) {
            return files("/Library/Java/JavaVirtualMachines");
        }
        return files("/usr/lib/jvm", "/usr/java", "/usr/jdk", "/opt/java");
    }

    /** The first installation of at least {@code minimumVersion}, in the order above; {@code null} when there is none. */
    Jdk find(int minimumVersion) {
        for (File home : chosenHomes()) {
            Jdk jdk = inspect(home);
            if (jdk != null && jdk.version >= minimumVersion) {
                return jdk;
            }
        }
        Jdk newest = null;
        for (File home : installedHomes()) {
            Jdk jdk = inspect(home);
            if (jdk != null && jdk.version >= minimumVersion && (newest == null || jdk.version > newest.version)) {
                newest = jdk;
            }
        }
        return newest;
    }

    private List<File> chosenHomes() {
        List<File> homes = new ArrayList<>();
        String javaHome = environment.get("JAVA_HOME");
        if (javaHome != null && !javaHome.isEmpty()) {
            homes.add(new File(javaHome));
        }
        homes.addAll(toolchainHomes(new File(userHome, ".m2/toolchains.xml")));
        return homes;
    }

    private List<File> installedHomes() {
        List<File> folders = new ArrayList<>(installFolders);
        folders.add(new File(userHome, ".sdkman/candidates/java"));
        folders.add(new File(userHome, ".jdks"));
        folders.add(new File(userHome, "Library/Java/JavaVirtualMachines"));
        List<File> homes = new ArrayList<>();
        for (File folder : folders) {
            File[] children = folder.listFiles(File::isDirectory);
            if (children == null) {
                continue;
            }
            Arrays.sort(children);
            for (File child : children) {
                // a macOS bundle keeps the installation in Contents/Home
                File bundleHome = new File(child, "Contents/Home");
                homes.add(bundleHome.isDirectory() ? bundleHome : child);
            }
        }
        return homes;
    }

    /** The {@code jdkHome} of every JDK toolchain in Maven's toolchains file, in its order. */
    static List<File> toolchainHomes(File toolchainsXml) {
        if (!toolchainsXml.isFile()) {
            return Collections.emptyList();
        }
        List<File> homes = new ArrayList<>();
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList toolchains = factory.newDocumentBuilder().parse(toolchainsXml).getElementsByTagName("toolchain");
            for (int i = 0; i < toolchains.getLength(); i++) {
                Element toolchain = (Element) toolchains.item(i);
                if ("jdk".equals(text(toolchain, "type"))) {
                    String jdkHome = text(toolchain, "jdkHome");
                    if (jdkHome != null) {
                        homes.add(new File(jdkHome));
                    }
                }
            }
        } catch (Exception unreadable) {
            // a broken toolchains file is Maven's to report; the other places may still hold a JDK
        }
        return homes;
    }

    private static String text(Element parent, String tag) {
        NodeList found = parent.getElementsByTagName(tag);
        return found.getLength() == 0 ? null : found.item(0).getTextContent().trim();
    }

    /** The installation in {@code home}, or {@code null} when it is none (no {@code bin/java}, no readable release). */
    static Jdk inspect(File home) {
        File release = new File(home, "release");
        boolean hasJava = new File(home, "bin/java").isFile() || new File(home, "bin/java.exe").isFile();
        if (!hasJava || !release.isFile()) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = new FileInputStream(release)) {
            properties.load(in);
        } catch (IOException unreadable) {
            return null;
        }
        String version = properties.getProperty("JAVA_VERSION");
        if (version == null) {
            return null;
        }
        int feature = featureVersion(version.replace("\"", ""));
        return feature > 0 ? new Jdk(home.getAbsoluteFile(), feature) : null;
    }

    /** 8 for "1.8.0_412", 17 for "17.0.15", 25 for "25" or "25-ea"; 0 when it is no version. */
    static int featureVersion(String version) {
        String[] parts = version.trim().split("[.\\-+_]");
        try {
            int first = Integer.parseInt(parts[0]);
            return first == 1 && parts.length > 1 ? Integer.parseInt(parts[1]) : first;
        } catch (NumberFormatException notAVersion) {
            return 0;
        }
    }

    private static List<File> files(String... paths) {
        List<File> files = new ArrayList<>();
        for (String path : paths) {
            files.add(new File(path));
        }
        return files;
    }
}
