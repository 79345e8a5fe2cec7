package com.smartpick.advising.keycloak;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium with a profile of its own (no cookies shared between tests), driven by the system's
 * chromedriver: never a browser or driver downloaded by a tool. Knows Keycloak's login form and the portal's frame.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "keycloak-it-screenshots");
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
            """;

    private final ChromeDriver driver;
    private final Path profile;
    private final String appUrl;
    private final WebDriverWait wait;

    private Browser(ChromeDriver driver, Path profile, String appUrl) {
        this.driver = driver;
        this.profile = profile;
        this.appUrl = appUrl;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** @param appUrl the portal's base, e.g. {@code http://localhost:8080} */
    static Browser open(String appUrl) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), "Skipped: the browser tests "
                + "need Chromium at " + CHROMIUM + " and its driver at " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver; .ci/run installs them)");
        try {
            Path profile = Files.createTempDirectory("advising-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--user-data-dir=" + profile, "--window-size=1280,900");
            options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            return new Browser(new ChromeDriver(service, options), profile, appUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens a portal page; a signed-out browser lands on Keycloak's login form instead. */
    void visit(String path) {
        driver.get(appUrl + path);
    }

    /** Signs in on Keycloak's own login page and waits for the portal's frame. */
    void signIn(String username, String password) {
        visit("/advising");
        awaitKeycloakLogin();
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
        wait.withMessage(() -> "the portal did not open after signing in as " + username + "; at " + url())
                .until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
        awaitVaadin();
    }

    void signOut() {
        driver.findElement(By.id("sign-out")).click();
    }

    /** Waits until Keycloak's login form shows (and says so if something else does). */
    void awaitKeycloakLogin() {
        wait.withMessage(() -> "expected Keycloak's login form at " + KeycloakServer.baseUrl() + ", but the browser is at "
                + url() + consoleMessages()).until(d -> url().startsWith(KeycloakServer.baseUrl() + "/realms/" + KeycloakServer.REALM + "/")
                        && !d.findElements(By.id("kc-login")).isEmpty());
    }

    /** What the page wrote to the browser console (CSP refusals among them), for failure messages. */
    private String consoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n  ", "; browser console:\n  ", ""));
    }

    /** Waits until Vaadin has rendered the page and has no request in flight. */
    void awaitVaadin() {
        wait.withMessage(() -> "Vaadin did not settle at " + url())
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(VAADIN_IDLE)));
    }

    /** The labels of the side navigation, in order. */
    List<String> navItems() {
        return driver.findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getDomProperty("textContent")).map(String::strip).toList();
    }

    boolean has(By locator) {
        return !driver.findElements(locator).isEmpty();
    }

    WebElement find(By locator) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    String url() {
        return driver.getCurrentUrl();
    }

    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** Saves what the browser shows into target/keycloak-it-screenshots, for a person to look at. */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOTS.resolve(name + ".png"),
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
