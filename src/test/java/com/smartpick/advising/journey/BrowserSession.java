package com.smartpick.advising.journey;

import com.smartpick.advising.support.Chromium;
import java.nio.file.Path;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A signed-in person's browser in the journeys: {@link Chromium} on the portal's demo sign-in and pages. */
public final class BrowserSession implements AutoCloseable {

    public final WebDriver driver;
    public final WebDriverWait wait;
    private final Chromium chromium;
    private final String baseUrl;

    public BrowserSession(int port) {
        chromium = Chromium.start();
        driver = chromium.driver;
        wait = chromium.wait;
        baseUrl = "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(baseUrl + path);
    }

    /**
     * Goes to the path as a link in the portal takes a person there: Vaadin swaps the view inside the page it has
     * loaded rather than the browser loading the whole application again. From a blank browser it opens the page.
     */
    void follow(String path) {
        String before = driver.getCurrentUrl();
        if (!before.startsWith(baseUrl)) {
            open(path);
            return;
        }
        ((JavascriptExecutor) driver).executeScript("""
                const link = document.createElement('a');
                link.href = arguments[0];
                document.body.appendChild(link);
                link.click();
                link.remove();
                """, path);
        wait.until(d -> !before.equals(d.getCurrentUrl()));
    }

    public void signInWithDemoAccount(String username) {
        open("/advising/login");
        signInOnThisPage(username);
    }

    /** Fills the demo login form the browser is on (or is being sent to) and waits for the portal. */
    void signInOnThisPage(String username) {
        submitLoginForm(username, "demo");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sign-out")));
    }

    /** Fills the demo login form the browser is on (or is being sent to) and sends it, as a person would. */
    void submitLoginForm(String username, String password) {
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
    }

    void type(String fieldId, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        input.clear();
        input.sendKeys(text);
    }

    void click(String id) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
    }

    void waitForText(String text) {
        wait.until(d -> d.getPageSource().contains(text));
    }

    /** Saved under target/journey-screenshots, to look at what the journey showed. */
    void screenshot(String name) {
        screenshotTo("journey-screenshots", name);
    }

    void screenshotTo(String folder, String name) {
        chromium.screenshot(Path.of("target", folder), name);
    }

    /**
     * Waits until the page has loaded, Vaadin has no request to the server under way (a grid's rows, a lazy part) and
     * nothing on it is still moving into place, so what is measured is what a person would see once the page stopped
     * moving: no animation running (the menu drawer sliding shut after the window became a phone's; endless ones, a
     * progress bar with no end, do not count), the app layout in the drawer mode the window's width asks for (it
     * switches a frame or more after the resize, before any slide starts), and the heading where it was at the last
     * look, 50 ms earlier.
     */
    void settle() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("""
                if (document.readyState !== 'complete') return false;
                const moving = document.getAnimations().some(animation => animation.playState === 'running'
                    && animation.effect && animation.effect.getComputedTiming().endTime !== Infinity);
                if (moving) return false;
                const layout = document.querySelector('vaadin-app-layout');
                if (layout) {
                  const overlay = getComputedStyle(layout).getPropertyValue('--vaadin-app-layout-drawer-overlay').trim();
                  if (layout.hasAttribute('overlay') !== (overlay === 'true')) return false;
                }
                const heading = document.querySelector('h1');
                const box = heading ? heading.getBoundingClientRect() : null;
                const where = [document.documentElement.clientWidth, box && box.left, box && box.right].join();
                const still = window.__settledAt === where;
                window.__settledAt = where;
                if (!still) return false;
                const flow = window.Vaadin && window.Vaadin.Flow;
                if (!flow || !flow.clients) return true;
                return Object.values(flow.clients).every(client => !client.isActive || !client.isActive());
                """)));
    }

    @Override
    public void close() {
        chromium.close();
    }
}
