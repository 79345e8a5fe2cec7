package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A student's session ends while they write their personal statement (they signed out in another tab). The next
 * keystroke finds the session gone, the page asks them to sign in again, and the statement page then offers back
 * what they had typed, saying what could not be kept.
 */
class SessionEndsMidEditIT extends DemoPortalJourney {

    private static final String KEPT = "Three years of night shifts in Cairo taught me to listen first.";
    private static final String LOST = " Typed after the session ended.";

    @Test
    void text_typed_before_the_session_ended_is_offered_back_after_signing_in_again() {
        try (BrowserSession student = new BrowserSession(port)) {
            student.signInWithDemoAccount("student");
            StatementEditor.startNew(student, "Internal Medicine");
            StatementEditor.type(student, KEPT);
            // each pause in typing reaches the server; wait until this one has been kept
            student.wait.until(d -> db.fetchExists(UNSAVED_TEXT, UNSAVED_TEXT.BODY.eq(KEPT)));

            String writing = student.driver.getWindowHandle();
            WebDriver other = student.driver.switchTo().newWindow(WindowType.TAB);
            student.open("/advising");
            student.click("sign-out");
            student.wait.until(ExpectedConditions.urlContains("/advising/login"));
            other.close();
            student.driver.switchTo().window(writing);

            StatementEditor.type(student, LOST);
            student.signInOnThisPage("student");
            student.open("/advising/statements");

            WebElement notice = StatementEditor.keptTextNotice(student);
            assertThat(notice.getText()).contains("was never saved", KEPT.length() + " characters",
                    "did not reach the server and is lost");
            student.screenshot("session-ended-kept-text");
            StatementEditor.restoreKeptText(student, KEPT);
            assertThat(StatementEditor.body(student).getDomProperty("value")).doesNotContain(LOST.strip());
        }
    }
}
