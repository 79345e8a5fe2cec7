package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.standalone.StandaloneApplication;
import com.smartpick.advising.ui.SessionMessages;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A session that ends while a student edits (here: the browser loses its session cookie, as after a server restart
 * or a long absence): the next click tells them in plain words that their unsaved changes were not saved.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
class SessionExpiryIT {

    @LocalServerPort int port;

    @Test
    void a_student_whose_session_ended_mid_edit_is_told_their_unsaved_changes_were_not_saved() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("student");
            browser.open("/advising/profile");
            browser.type("medical-school", "An edit typed just before the session ended");

            browser.driver.manage().deleteAllCookies();
            // a script click: the button sits low on the page, under the dev-mode banner in a small window
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()",
                    browser.driver.findElement(By.id("save-profile")));

            browser.waitForText(SessionMessages.EXPIRED_CAPTION);
            assertThat(browser.driver.getPageSource()).contains("were not saved");
        }
    }

    /** Signing out also ends the session; that must lead to the sign-in page, not to the session-expired message. */
    @Test
    void signing_out_leads_to_the_sign_in_page_and_not_to_the_session_expired_message() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("advisor");
            browser.click("sign-out");

            browser.wait.until(d -> d.getCurrentUrl().contains("/advising/login"));
            assertThat(browser.driver.getPageSource()).doesNotContain(SessionMessages.EXPIRED_CAPTION);
        }
    }
}
