package com.smartpick.advising.journey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * The main journeys with the keyboard alone, as someone who cannot use a mouse goes through them: Tab moves from one
 * control to the next, Enter or Space uses it, Enter opens a grid's row. Nothing is clicked; every step
 * finds its control by pressing Tab, so a control that Tab never reaches fails the test.
 */
class KeyboardOnlyIT extends DemoPortalJourney {

    /** More than any page here has controls before the one sought (the menu has about fifteen). */
    private static final int MOST_TABS = 80;

    @Test
    void a_mentor_signs_in_opens_the_review_queue_opens_a_record_and_verifies_it() {
        try (BrowserSession browser = new BrowserSession(port)) {
            signIn(browser, "mentor");

            tabTo(browser, focused -> focused.startsWith("vaadin-side-nav-item Review queue"));
            press(browser, Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/advising/review"));
            browser.settle();

            // Tab enters the grid on its header, the next Tab on the first row (the longest waiting), Enter opens it
            tabTo(browser, focused -> focused.startsWith("vaadin-grid"));
            press(browser, Keys.TAB);
            press(browser, Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().contains("/advising/experience/"));
            browser.settle();

            tabTo(browser, focused -> focused.equals("vaadin-button Verify"));
            press(browser, Keys.ENTER);
            browser.settle();
            // a record like one still waiting asks first; its confirming button is reached the same way
            if (browser.driver.getPageSource().contains("Verify anyway")) {
                tabTo(browser, focused -> focused.equals("vaadin-button Verify anyway"));
                press(browser, Keys.ENTER);
            }
            browser.wait.until(d -> d.getPageSource().contains("Verified"));
            browser.screenshot("keyboard-mentor-verified");
        }
    }

    @Test
    void a_student_signs_in_opens_her_statement_and_shares_it_or_stops_sharing() {
        try (BrowserSession browser = new BrowserSession(port)) {
            signIn(browser, "student");

            tabTo(browser, focused -> focused.startsWith("vaadin-side-nav-item Personal statement"));
            press(browser, Keys.ENTER);
            browser.wait.until(d -> d.getCurrentUrl().endsWith("/advising/statements"));
            browser.settle();

            String sharing = tabTo(browser, focused -> focused.equals("vaadin-button Share with my mentors and advisor")
                    || focused.equals("vaadin-button Stop sharing"));
            press(browser, Keys.ENTER);
            String after = sharing.endsWith("Stop sharing") ? "Share with my mentors and advisor" : "Stop sharing";
            browser.wait.until(d -> d.getPageSource().contains(after));
            browser.screenshot("keyboard-student-sharing");
        }
    }

    private void signIn(BrowserSession browser, String account) {
        browser.open("/advising/login");
        browser.settle();
        tabTo(browser, focused -> focused.equals("input username"));
        new Actions(browser.driver).sendKeys(account).sendKeys(Keys.TAB).sendKeys("demo").sendKeys(Keys.ENTER).perform();
        browser.wait.until(d -> !d.getCurrentUrl().contains("/login"));
        browser.settle();
    }

    private static void press(BrowserSession browser, Keys key) {
        new Actions(browser.driver).sendKeys(key).perform();
    }

    /**
     * Presses Tab until the focused control is the one sought, and returns how it was described. The description is
     * the focused element's tag and its visible text (or its name, for an input).
     */
    private static String tabTo(BrowserSession browser, Predicate<String> sought) {
        List<String> passed = new ArrayList<>();
        for (int tabs = 0; tabs < MOST_TABS; tabs++) {
            String focused = (String) ((JavascriptExecutor) browser.driver).executeScript("""
                    const e = document.activeElement;
                    if (!e) return '';
                    const text = e.localName === 'input' ? e.name : (e.innerText || e.getAttribute('aria-label') || '');
                    return (e.localName + ' ' + text.trim().replace(/\\s+/g, ' ')).trim();
                    """);
            if (sought.test(focused)) {
                return focused;
            }
            passed.add(focused);
            press(browser, Keys.TAB);
        }
        throw new AssertionError("Tab never reached the control sought; it passed " + passed);
    }
}
