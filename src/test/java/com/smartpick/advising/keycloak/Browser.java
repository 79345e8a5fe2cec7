package com.smartpick.advising.keycloak;

import com.smartpick.advising.support.Chromium;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** {@link Chromium} on Keycloak's login form and the portal's frame. */
final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "keycloak-it-screenshots");
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            if (!flow || !flow.clients) { return false; }
            return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
            """;

    private final Chromium chromium;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final String appUrl;

    private Browser(Chromium chromium, String appUrl) {
        this.chromium = chromium;
        this.driver = chromium.driver;
        this.wait = chromium.wait;
        this.appUrl = appUrl;
    }

    /** @param appUrl the portal's base, e.g. {@code http://localhost:8080} */
    static Browser open(String appUrl) {
        return new Browser(Chromium.start(), appUrl);
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
                + url() + chromium.consoleMessages()).until(d -> url().startsWith(KeycloakServer.baseUrl() + "/realms/" + KeycloakServer.REALM + "/")
                        && !d.findElements(By.id("kc-login")).isEmpty());
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
        chromium.screenshot(SCREENSHOTS, name);
    }

    @Override
    public void close() {
        chromium.close();
    }
}
