package com.smartpick.advising.smartpick.rankedlist.bench;

import com.smartpick.advising.journey.BrowserSession;
import com.smartpick.advising.support.BrowserTimer;
import com.smartpick.advising.support.Chromium;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The list pages and their actions in headless Chromium against the app this JVM runs, signed in with the demo
 * accounts, timed by {@link BrowserTimer}: for a page, from the start of the navigation; for an action, from the click;
 * until the first painted frame after the page shows what was asked for and Vaadin has no request open. Network,
 * server, the browser's work: all of it, on this machine.
 */
final class BrowserTimings {

    private static final int WARM_UP = 2;
    private static final int RUNS = 10;
    private static final int CYCLES = 6;

    private BrowserTimings() {
    }

    static void run(Timings timings, int port, RankedListBenchmark.People people, RankedListBenchmark.Seeded seeded) {
        if (!Chromium.installed()) {
            System.out.println("\nHeadless Chromium: skipped, chromium and chromium-driver are not installed.");
            return;
        }
        String staffPage = "/advising/smartpick/students/" + people.student().personId();
        try (BrowserSession advisor = BrowserTimer.signedIn(port, "advisor")) {
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
        try (BrowserSession student = BrowserTimer.signedIn(port, "student")) {
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                pageLoad(student, timings, i >= WARM_UP, "student page (the published version)", "/advising/smartpick/my-list",
                        ".entry-card", seeded.published().keptEntries().size());
            }
        }
    }

    private static void pageLoad(BrowserSession browser, Timings timings, boolean keep, String what, String path,
            String selector, int count) {
        BrowserTimer.Timed timed = BrowserTimer.pageLoad(browser, path, selector, count);
        if (keep) {
            timings.add(what, timed.millis(), timed.statements());
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
        String moved = (String) BrowserTimer.script(browser).executeScript("return document.querySelector('#entry-60 .entry-name').textContent");
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
        // approving and publishing ask first: the dialog's opening and the confirmed step are timed apart
        act(browser, timings, keep, "approve (the dialog)", "#approve-list", null, "#step-confirm", null, -1);
        act(browser, timings, keep, "approve", "#step-confirm", null, "#list-status", "Approved", -1);
        act(browser, timings, keep, "publish (the dialog)", "#publish-list", null, "#step-confirm", null, -1);
        act(browser, timings, keep, "publish", "#step-confirm", null, "#list-status", "Published", -1);
    }

    /** Opens an entry's dialog and types into it, untimed: the save that follows is what is measured. */
    private static void dialog(BrowserSession browser, String opener, String text) {
        // the dialog before may still be closing: its text area must not take this one's text
        browser.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("entry-dialog-text")));
        // a click in the page: Selenium's would land on whatever lies over the button at the window's edge
        BrowserTimer.script(browser).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();",
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
        BrowserTimer.awaitIdle(browser);
    }

    private static void act(BrowserSession browser, Timings timings, boolean keep, String what, String target,
            @Nullable String value, String awaited, @Nullable String text, int count) {
        BrowserTimer.Timed timed = BrowserTimer.act(browser, target, value, awaited, text, count);
        if (keep) {
            timings.add(what, timed.millis(), timed.statements());
        }
    }
}
