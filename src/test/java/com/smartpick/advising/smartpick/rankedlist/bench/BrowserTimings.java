package com.smartpick.advising.smartpick.rankedlist.bench;

import com.smartpick.advising.journey.BrowserSession;
import com.smartpick.advising.support.Chromium;
import com.smartpick.advising.support.StatementCounter;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The list pages and their actions in headless Chromium against the app this JVM runs, signed in with the demo
 * accounts. A time is taken in the page ({@code performance.now()}): for a page, from the start of the navigation; for
 * an action, from the click. It ends at the first painted frame after the page shows what was asked for and Vaadin has
 * no request open. Network, server, the browser's work: all of it, on this machine.
 */
final class BrowserTimings {

    private static final int WARM_UP = 2;
    private static final int RUNS = 10;
    private static final int CYCLES = 6;

    /** True once Vaadin has started and no request of its is open. */
    private static final String IDLE = """
            const idle = () => {
                const flow = window.Vaadin && window.Vaadin.Flow;
                return !!(flow && flow.clients) && Object.values(flow.clients).every(client => !client.isActive());
            };
            """;

    /** Resolves, with the time since the navigation started, once {@code count} elements match the selector. */
    private static final String PAGE_READY = IDLE + """
            const selector = arguments[0], count = arguments[1], done = arguments[arguments.length - 1];
            (function poll() {
                if (document.querySelectorAll(selector).length === count && idle()) {
                    requestAnimationFrame(() => setTimeout(() => done(performance.now())));
                } else {
                    setTimeout(poll, 5);
                }
            })();
            """;

    /**
     * Clicks (or sets a slider's value and tells Vaadin), then resolves with the time until the awaited elements show:
     * the first one with this text, or exactly this many of them.
     */
    private static final String ACT_AND_WAIT = IDLE + """
            const target = arguments[0], value = arguments[1], awaited = arguments[2], text = arguments[3], count = arguments[4];
            const done = arguments[arguments.length - 1];
            const shown = () => {
                const all = document.querySelectorAll(awaited);
                return count >= 0 ? all.length === count
                        : all.length > 0 && (text === null || all[0].textContent.trim() === text);
            };
            const started = performance.now();
            const element = document.querySelector(target);
            if (value === null) {
                element.click();
            } else {
                element.value = value;
                element.dispatchEvent(new Event('input', {bubbles: true}));
                element.dispatchEvent(new Event('change', {bubbles: true}));
            }
            (function poll() {
                if (shown() && idle()) {
                    requestAnimationFrame(() => setTimeout(() => done(performance.now() - started)));
                } else {
                    setTimeout(poll, 5);
                }
            })();
            """;

    private BrowserTimings() {
    }

    static void run(Timings timings, int port, RankedListBenchmark.People people, RankedListBenchmark.Seeded seeded) {
        if (!Chromium.installed()) {
            System.out.println("\nHeadless Chromium: skipped, chromium and chromium-driver are not installed.");
            return;
        }
        String staffPage = "/advising/smartpick/students/" + people.student().personId();
        try (BrowserSession advisor = session(port, "advisor")) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                pageLoad(advisor, timings, i >= WARM_UP, "staff page (the draft)", staffPage, ".entry-card",
                        seeded.draft().entries().size());
            }
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                overrides(advisor, timings, i >= WARM_UP, 20 + i);
            }
            advisor.open("/advising/smartpick/students/" + people.workflowStudent());
            advisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("run-list")));
            for (int i = 0; i < WARM_UP + CYCLES; i++) {
                workflow(advisor, timings, i >= WARM_UP);
            }
        }
        try (BrowserSession student = session(port, "student")) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                pageLoad(student, timings, i >= WARM_UP, "student page (the published version)", "/advising/smartpick/my-list",
                        ".entry-card", seeded.published().keptEntries().size());
            }
        }
    }

    private static BrowserSession session(int port, String username) {
        BrowserSession session = new BrowserSession(port);
        session.driver.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
        session.signInWithDemoAccount(username);
        return session;
    }

    private static void pageLoad(BrowserSession browser, Timings timings, boolean keep, String what, String path,
            String selector, int count) {
        double[] millis = new double[1];
        int statements = StatementCounter.INSTANCE.during(() -> {
            browser.open(path);
            millis[0] = ((Number) script(browser).executeAsyncScript(PAGE_READY, selector, count)).doubleValue();
        });
        if (keep) {
            timings.add(what, millis[0], statements);
        }
    }

    private static void overrides(BrowserSession browser, Timings timings, boolean keep, int place) {
        String card = "#entry-" + place;
        act(browser, timings, keep, "pin", card + " .pin-button", null, card + " .pin-button", "Unpin", -1);
        act(browser, timings, keep, "unpin", card + " .pin-button", null, card + " .pin-button", "Pin", -1);
        dialog(browser, card + " .exclude-button", "Bench: too far.");
        act(browser, timings, keep, "exclude (the dialog's save)", "#entry-dialog-save", null, card + ".excluded", null, -1);
        act(browser, timings, keep, "include", card + " .include-button", null, card + " .exclude-button", null, -1);
        // the text in the page, not Selenium's visible text: the browser does not render cards far from the screen
        String moved = (String) script(browser).executeScript("return document.querySelector('#entry-60 .entry-name').textContent");
        act(browser, timings, keep, "move (one place down)", "#entry-60 .down-button", null, "#entry-61 .entry-name", moved, -1);
        int annotations = browser.driver.findElements(By.cssSelector(card + " .annotation")).size();
        dialog(browser, card + " .annotate-button", "Bench: check the visa.");
        act(browser, timings, keep, "annotate (the dialog's save)", "#entry-dialog-save", null, card + " .annotation", null,
                annotations + 1);
    }

    private static void workflow(BrowserSession browser, Timings timings, boolean keep) {
        int budget = RankedListBenchmark.BUDGET;
        act(browser, timings, keep, "budget slider (live preview)", "#budget-slider", Integer.toString(budget - 1),
                "#budget-value", (budget - 1) + " applications", -1);
        act(browser, timings, keep, "budget slider (live preview)", "#budget-slider", Integer.toString(budget),
                "#budget-value", budget + " applications", -1);
        act(browser, timings, keep, "run (save a version)", "#run-list", null, "#list-status", "Draft", -1);
        act(browser, timings, keep, "submit for review", "#submit-review", null, "#list-status", "In review", -1);
        act(browser, timings, keep, "return to draft", "#return-draft", null, "#list-status", "Draft", -1);
        act(browser, timings, keep, "submit for review", "#submit-review", null, "#list-status", "In review", -1);
        act(browser, timings, keep, "approve", "#approve-list", null, "#list-status", "Approved", -1);
        act(browser, timings, keep, "publish", "#publish-list", null, "#list-status", "Published", -1);
    }

    /** Opens an entry's dialog and types into it, untimed: the save that follows is what is measured. */
    private static void dialog(BrowserSession browser, String opener, String text) {
        // the dialog before may still be closing: its text area must not take this one's text
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entry-dialog-text")));
        // a click in the page: Selenium's would land on whatever lies over the button at the window's edge
        script(browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
                browser.driver.findElement(By.cssSelector(opener)));
        // the tab leaves the field, as the click on Save would: Vaadin sends a text area's value when it changes
        browser.wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement area = driver.findElement(By.cssSelector("#entry-dialog-text textarea"));
            if (!area.isDisplayed() || !area.isEnabled()) {
                return false;
            }
            area.sendKeys(text, Keys.TAB);
            return true;
        });
        browser.wait.until(driver -> script(browser).executeScript(IDLE + "return idle();"));
    }

    private static void act(BrowserSession browser, Timings timings, boolean keep, String what, String target,
            @Nullable String value, String awaited, @Nullable String text, int count) {
        double[] millis = new double[1];
        int statements = StatementCounter.INSTANCE.during(() -> millis[0] = ((Number) script(browser)
                .executeAsyncScript(ACT_AND_WAIT, target, value, awaited, text, count)).doubleValue());
        if (keep) {
            timings.add(what, millis[0], statements);
        }
    }

    private static JavascriptExecutor script(BrowserSession browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
