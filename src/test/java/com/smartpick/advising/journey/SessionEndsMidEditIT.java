package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.support.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A student's session ends while they write their personal statement (they signed out in another tab). The next
 * keystroke finds the session gone, the page asks them to sign in again, and the statement page then offers back
 * what they had typed, saying what could not be kept.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class SessionEndsMidEditIT {

    private static final String KEPT = "Three years of night shifts in Cairo taught me to listen first.";
    private static final String LOST = " Typed after the session ended.";

    @LocalServerPort int port;
    @Autowired DSLContext db;

    @Test
    void text_typed_before_the_session_ended_is_offered_back_after_signing_in_again() {
        try (BrowserSession student = new BrowserSession(port)) {
            student.signInWithDemoAccount("student");
            student.open("/advising/statements");
            student.type("statement-new-title", TestData.unique("Internal Medicine"));
            student.click("statement-create");
            typeIntoBody(student, KEPT);
            // each pause in typing reaches the server; wait until this one has been kept
            student.wait.until(d -> db.fetchExists(UNSAVED_TEXT, UNSAVED_TEXT.BODY.eq(KEPT)));

            String writing = student.driver.getWindowHandle();
            WebDriver other = student.driver.switchTo().newWindow(WindowType.TAB);
            student.open("/advising");
            student.click("sign-out");
            student.wait.until(ExpectedConditions.urlContains("/advising/login"));
            other.close();
            student.driver.switchTo().window(writing);

            typeIntoBody(student, LOST);
            student.signInOnThisPage("student");
            student.open("/advising/statements");

            WebElement notice = student.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("statement-body-kept")));
            assertThat(notice.getText()).contains("was never saved", KEPT.length() + " characters",
                    "did not reach the server and is lost");
            student.screenshot("session-ended-kept-text");
            student.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".kept-text-restore"))).click();
            student.wait.until(d -> KEPT.equals(statementBody(student).getDomProperty("value")));
            assertThat(statementBody(student).getDomProperty("value")).doesNotContain(LOST.strip());
        }
    }

    /** The editor can be drawn again just after it appears (the new statement's first round trip): find it afresh. */
    private static void typeIntoBody(BrowserSession student, String text) {
        student.wait.ignoring(StaleElementReferenceException.class).until(d -> {
            statementBody(student).sendKeys(text);
            return true;
        });
    }

    private static WebElement statementBody(BrowserSession student) {
        return student.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#statement-body textarea")));
    }
}
