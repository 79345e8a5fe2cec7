package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review loop in a real browser, with the demo accounts: a student logs and submits a record, their mentor asks
 * for changes, the student fixes and resubmits, the mentor verifies.
 */
class ExperienceReviewJourneyIT extends DemoPortalJourney {

    @Test
    void a_student_submits_the_mentor_requests_changes_the_student_resubmits_the_mentor_verifies_and_the_advisor_sees_it() {
        String institution = TestData.unique("Selenium General Hospital");
        String recordPath;
        String studentName;
        try (BrowserSession student = new BrowserSession(port)) {
            student.signInWithDemoAccount("student");
            studentName = student.driver.findElement(By.cssSelector(".signed-in-as span")).getText();
            student.open("/advising/experience");
            student.click("experience-new");
            student.type("experience-institution", institution);
            student.type("experience-city", "Chicago");
            choose(student, "experience-state", "IL");
            choose(student, "experience-specialty", "Internal Medicine");
            choose(student, "experience-start", "1/6/2025");
            choose(student, "experience-end", "2/28/2025");
            student.type("experience-hours", "40");
            student.type("experience-supervisor", "Dr. Jane Roe");
            student.click("experience-save");
            student.click("record-submit");
            waitForStatus(student, "Submitted");
            recordPath = student.driver.getCurrentUrl().substring(("http://localhost:" + port).length());
        }

        try (BrowserSession mentor = new BrowserSession(port)) {
            mentor.signInWithDemoAccount("mentor");
            mentor.open("/advising/review");
            mentor.waitForText(institution);
            mentor.open(recordPath);
            WebElement message = mentor.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#record-change-message textarea")));
            message.sendKeys("Add your supervisor's e-mail, please.");
            mentor.click("record-request-changes");
            waitForStatus(mentor, "Changes requested");
        }

        try (BrowserSession student = new BrowserSession(port)) {
            student.signInWithDemoAccount("student");
            student.open("/advising/inbox");
            student.waitForText("Add your supervisor's e-mail, please.");
            student.open(recordPath);
            student.click("record-edit");
            student.type("experience-supervisor-email", "jane.roe@hospital.example");
            student.click("experience-save");
            student.waitForText("jane.roe@hospital.example");
            student.click("record-submit");
            waitForStatus(student, "Submitted");
        }

        Map<String, String> before;
        try (BrowserSession advisor = new BrowserSession(port)) {
            advisor.signInWithDemoAccount("advisor");
            before = dashboardRow(advisor, studentName);
            assertThat(before.get("Submitted")).isNotEqualTo("0");
        }

        try (BrowserSession mentor = new BrowserSession(port)) {
            mentor.signInWithDemoAccount("mentor");
            mentor.open(recordPath);
            mentor.click("record-verify");
            waitForStatus(mentor, "Verified");
            assertThat(mentor.driver.findElement(By.id("record-history")).getText())
                    .contains("asked for changes", "verified it");
        }

        try (BrowserSession advisor = new BrowserSession(port)) {
            advisor.signInWithDemoAccount("advisor");
            Map<String, String> after = dashboardRow(advisor, studentName);
            assertThat(Integer.parseInt(after.get("Verified"))).isEqualTo(Integer.parseInt(before.get("Verified")) + 1);
            assertThat(Integer.parseInt(after.get("Submitted"))).isEqualTo(Integer.parseInt(before.get("Submitted")) - 1);
        }
    }

    /** The student's row on the readiness dashboard as header → shown text, read from the rendered grid. */
    @SuppressWarnings("unchecked")
    private static Map<String, String> dashboardRow(BrowserSession advisor, String studentName) {
        advisor.open("/advising/readiness");
        advisor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("readiness-grid")));
        // every row rendered, not only those in view: the student may be anywhere in the cohort
        ((JavascriptExecutor) advisor.driver).executeScript("document.querySelector('#readiness-grid').allRowsVisible = true;");
        advisor.waitForText(studentName);
        return (Map<String, String>) ((JavascriptExecutor) advisor.driver).executeScript("""
                const grid = document.querySelector('#readiness-grid');
                const text = td => {
                  const slot = td.querySelector('slot');
                  const content = slot && grid.querySelector(`[slot="${slot.name}"]`);
                  return content ? content.textContent.trim() : '';
                };
                const headers = [...grid.shadowRoot.querySelectorAll('thead tr:last-child th')].map(text);
                const rows = [...grid.shadowRoot.querySelectorAll('tbody tr')];
                const row = rows.find(tr => [...tr.querySelectorAll('td')].some(td => text(td) === arguments[0]));
                const cells = [...row.querySelectorAll('td')].map(text);
                return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));""", studentName);
    }

    /** Types into an empty combo box or date picker and confirms with Enter, as a keyboard user would. */
    private static void choose(BrowserSession browser, String fieldId, String text) {
        WebElement input = browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input")));
        // focus, not a click: in the scrolling dialog a click at the field's edge can land on the dialog itself
        ((JavascriptExecutor) browser.driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus();", input);
        input.sendKeys(text);
        input.sendKeys(Keys.ENTER);
    }

    private static void waitForStatus(BrowserSession browser, String status) {
        browser.wait.until(ExpectedConditions.textToBe(By.id("record-status"), status));
    }
}
