package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The ranked-list journey in a real browser: the advisor runs a list for the demo student and submits it, the mentor
 * annotates it, the advisor approves and publishes it, and the student sees it (and the annotation nowhere).
 */
class SmartPickListJourneyIT extends DemoPortalJourney {

    static final String NOTE = "Mentor's journey note: strong interview culture for IMGs.";

    /** Scrolled to the middle first: at the window's edge Vaadin's dev-mode overlays would take the click. */
    private static void press(BrowserSession browser, By target) {
        WebElement element = browser.wait.until(ExpectedConditions.elementToBeClickable(target));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.wait.until(ExpectedConditions.elementToBeClickable(target)).click();
    }

    @Test
    void advisor_runs_mentor_annotates_advisor_approves_and_publishes_student_sees_it() {
        long student = db.select(PERSON.ID).from(PERSON).where(PERSON.SUBJECT.eq("demo:student")).fetchSingle(PERSON.ID);
        String listsPage = "/advising/smartpick/students/" + student;
        String newVersion;

        try (BrowserSession advisor = new BrowserSession(port)) {
            advisor.signInWithDemoAccount("advisor");
            advisor.open(listsPage);
            WebElement slider = advisor.wait.until(ExpectedConditions.elementToBeClickable(By.id("budget-slider")));
            slider.sendKeys(Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT, Keys.ARROW_LEFT);
            advisor.wait.until(ExpectedConditions.textToBe(By.id("budget-value"), "35 applications"));
            String latestBefore = advisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("list-version"))).getText();
            press(advisor, By.id("run-list"));
            advisor.wait.until(ExpectedConditions.not(ExpectedConditions.textToBe(By.id("list-version"), latestBefore)));
            advisor.wait.until(ExpectedConditions.textToBe(By.id("list-status"), "Draft"));
            newVersion = advisor.driver.findElement(By.id("list-version")).getText();
            // the program excluded on the version before stays excluded, shown with its reason after the 35 kept
            assertThat(advisor.driver.findElements(By.cssSelector(".entry-card:not(.excluded)"))).hasSize(35);
            assertThat(advisor.driver.findElements(By.cssSelector(".entry-card.excluded"))).hasSize(1);
            press(advisor, By.id("submit-review"));
            advisor.wait.until(ExpectedConditions.textToBe(By.id("list-status"), "In review"));
        }

        try (BrowserSession mentor = new BrowserSession(port)) {
            mentor.signInWithDemoAccount("mentor");
            mentor.open(listsPage);
            mentor.wait.until(ExpectedConditions.textToBe(By.id("list-status"), "In review"));
            assertThat(mentor.driver.findElements(By.id("approve-list"))).isEmpty();
            press(mentor, By.cssSelector("#entry-1 .annotate-button"));
            WebElement text = mentor.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#entry-dialog-text textarea")));
            text.sendKeys(NOTE);
            press(mentor, By.id("entry-dialog-save"));
            mentor.wait.until(d -> d.getPageSource().contains(NOTE));
        }

        try (BrowserSession advisor = new BrowserSession(port)) {
            advisor.signInWithDemoAccount("advisor");
            advisor.open(listsPage);
            advisor.wait.until(d -> d.getPageSource().contains(NOTE));
            press(advisor, By.id("approve-list"));
            press(advisor, By.id("step-confirm"));
            advisor.wait.until(ExpectedConditions.textToBe(By.id("list-status"), "Approved"));
            press(advisor, By.id("publish-list"));
            press(advisor, By.id("step-confirm"));
            advisor.wait.until(ExpectedConditions.textToBe(By.id("list-status"), "Published"));
        }

        try (BrowserSession me = new BrowserSession(port)) {
            me.signInWithDemoAccount("student");
            me.open("/advising/smartpick/my-list");
            Matcher number = Pattern.compile("Version (\\d+) ·").matcher(newVersion);
            assertThat(number.find()).isTrue();
            String version = "version " + number.group(1);
            me.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("published-about"), version));
            assertThat(me.driver.findElements(By.cssSelector(".entry-card")).size()).isBetween(30, 35);
            assertThat(me.driver.getPageSource()).doesNotContain(NOTE);

            me.open(listsPage);
            me.wait.until(ExpectedConditions.textToBe(By.id("error-heading"), "Not allowed"));
            assertThat(me.driver.findElements(By.id("list-status"))).isEmpty();
        }
    }
}
