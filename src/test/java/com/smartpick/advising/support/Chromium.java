package com.smartpick.advising.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The one browser of the tests: headless Debian Chromium driven by the system's chromedriver (never a browser or
 * driver a tool downloads). The journeys, the Keycloak tests and the benchmarks drive it through helpers of their own.
 * Where it is not installed, the test that asks for it is skipped, saying why; {@code .ci/run} installs it.
 *
 * <p>It prefers Debian's headless shell (package {@code chromium-headless-shell}): the same Blink, V8 and DevTools as
 * {@code chromium}, without the full browser's processes around them: the page-by-page checks took about a sixth less
 * processor time on it. Where only {@code chromium} is installed, the tests run on it.
 *
 * <p>Each session starts as a new browser would: no cookies, no stored data, an empty cache, one tab at the first
 * window size. Starting Chromium costs about two processor-seconds, so a closed session's browser is kept (up to
 * {@value #KEPT_BROWSERS} of them) and the next session gets it wiped: its tabs closed for a new one, and every origin
 * its tabs went to cleared of cookies and stored data, the whole browser of cookies and cache. A browser that cannot be
 * wiped is quit instead.
 */
public final class Chromium implements AutoCloseable {

    /**
     * The shell itself, not Debian's {@code /usr/bin} script for it: the script runs the shell as a child instead of
     * becoming it, so stopping the process chromedriver started can leave the shell running. Shells started through
     * the script were seen outliving their stopped test JVM, their pages still calling a server that was gone.
     */
    private static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");
    private static final Path BINARY = Path.of(System.getProperty("chromium.binary",
            (Files.isExecutable(HEADLESS_SHELL) ? HEADLESS_SHELL : Path.of("/usr/bin/chromium")).toString()));
    private static final Path DRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    private static final int KEPT_BROWSERS = 6;
    private static final Deque<Chromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> IDLE.forEach(Chromium::quit), "chromium-quit"));
    }

    public final ChromeDriver driver;
    /**
     * Generous: a first page render on a build machine shared by several builds has taken over 20 s. It looks every
     * 50 ms, not Selenium's default 500 ms: a test waits on the page dozens of times, and each wait would otherwise
     * add a quarter of a second on average to a page that was already there.
     */
    public final WebDriverWait wait;
    private final Path profile;
    private final Dimension firstWindowSize;
    private final AtomicBoolean closed = new AtomicBoolean();

    /** A session on the browser: a wait of its own, since a session may set its wait's message. */
    private Chromium(ChromeDriver driver, Path profile, Dimension firstWindowSize) {
        this.driver = driver;
        this.profile = profile;
        this.firstWindowSize = firstWindowSize;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50));
    }

    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    public static Chromium start() {
        assumeTrue(installed(), "Skipped: the browser tests need Chromium at " + BINARY + " and its driver at " + DRIVER
                + " (Debian: apt-get install chromium-headless-shell chromium-driver; .ci/run installs them)");
        Chromium kept = IDLE.pollFirst();
        return kept != null ? new Chromium(kept.driver, kept.profile, kept.firstWindowSize) : launch();
    }

    private static Chromium launch() {
        try {
            Path profile = Files.createTempDirectory("advising-chromium-");
            ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile()).addArguments("--headless", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                    "--user-data-dir=" + profile);
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            if (BINARY.getFileName().toString().contains("headless-shell")) {
                // without it chromedriver opens no first page in the shell: "unable to discover open pages"
                options.setCapability("browserName", "chrome-headless-shell");
            }
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            return new Chromium(driver, profile, driver.manage().window().getSize());
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

    /** Ends the session: the browser is wiped and kept for the next one, or quit. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (IDLE.size() < KEPT_BROWSERS && wipe()) {
            IDLE.addFirst(this);
        } else {
            quit();
        }
    }

    /**
     * Leaves the browser as a new one starts: one blank tab at the first window size; the origins the closed tabs went
     * to (each step of their history) cleared of everything they stored; no cookie or cached response left anywhere;
     * the console read to its end, so the next session's {@link #consoleMessages} are its own.
     */
    private boolean wipe() {
        try {
            String blank = driver.switchTo().newWindow(WindowType.TAB).getWindowHandle();
            Set<String> origins = new HashSet<>();
            for (String handle : driver.getWindowHandles()) {
                if (!handle.equals(blank)) {
                    driver.switchTo().window(handle);
                    origins.addAll(visitedOrigins());
                    driver.close();
                }
            }
            driver.switchTo().window(blank);
            for (String origin : origins) {
                driver.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", origin, "storageTypes", "all"));
            }
            driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
            driver.manage().window().setSize(firstWindowSize);
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (RuntimeException unusable) {
            return false;
        }
    }

    /** The origins of the pages in this tab's history, e.g. {@code http://localhost:40123}. */
    @SuppressWarnings("unchecked")
    private Set<String> visitedOrigins() {
        List<Map<String, Object>> entries = (List<Map<String, Object>>) driver
                .executeCdpCommand("Page.getNavigationHistory", Map.of()).get("entries");
        Set<String> origins = new HashSet<>();
        for (Map<String, Object> entry : entries) {
            URI url = URI.create((String) entry.get("url"));
            if (url.getScheme() != null && url.getScheme().startsWith("http") && url.getAuthority() != null) {
                origins.add(url.getScheme() + "://" + url.getAuthority());
            }
        }
        return origins;
    }

    private void quit() {
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
