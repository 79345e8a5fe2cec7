package com.smartpick.advising.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one browser of the tests: headless Debian Chromium driven by the system's chromedriver (never a browser or
 * driver a tool downloads), each with a profile of its own, so no cookies pass between sessions. The journeys, the
 * Keycloak tests and the benchmarks drive it through helpers of their own. Where it is not installed, the test that
 * asks for it is skipped, saying why; {@code .ci/run} installs it.
 */
public final class Chromium implements AutoCloseable {

    private static final Path BINARY = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    public final ChromeDriver driver;
    /**
     * Generous: a first page render on a build machine shared by several builds has taken over 20 s. It looks every
     * 50 ms, not Selenium's default 500 ms: a test waits on the page dozens of times, and each wait would otherwise
     * add a quarter of a second on average to a page that was already there.
     */
    public final WebDriverWait wait;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50));
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    public static Chromium start() {
        assumeTrue(installed(), "Skipped: the browser tests need Chromium at " + BINARY + " and its driver at " + DRIVER
                + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        try {
            Path profile = Files.createTempDirectory("advising-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                    "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            return new Chromium(new ChromeDriver(service, options), profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the pages wrote to the browser console (CSP refusals among them), for failure messages. */
    public String consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n  ", "; browser console:\n  ", ""));
    }

    /** Saves what the browser shows as {@code <name>.png} in {@code folder}, for a person to look at. */
    public void screenshot(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), folder.resolve(name + ".png"),
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temporary profile is harmless
            }
        }
    }
}
