package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The demo sign-in form in a real browser, now that its post needs Spring's CSRF token (the form takes it from the
 * page) and wrong passwords pause it.
 */
class SignInIT extends DemoPortalJourney {

    @Test
    void the_form_signs_in_and_after_five_wrong_passwords_refuses_the_right_one_saying_how_long_to_wait() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("mentor2");
        }
        try (BrowserSession browser = new BrowserSession(port)) {
            for (int i = 1; i <= 5; i++) {
                browser.open("/advising/login");
                browser.submitLoginForm("student2", "wrong-" + i);
                browser.wait.until(driver -> driver.getCurrentUrl().endsWith("/advising/login?error"));
            }
            browser.open("/advising/login");
            browser.submitLoginForm("student2", "demo");

            browser.wait.until(driver -> driver.getCurrentUrl().contains("/advising/login?wait="));
            String message = (String) browser.wait.until(driver -> ((JavascriptExecutor) driver).executeScript(
                    "var form = document.querySelector('vaadin-login-form');"
                            + "return form && form.error && form.i18n ? form.i18n.errorMessage.message : null;"));
            browser.screenshot("sign-in-paused");
            assertThat(message).contains("Please wait", "seconds", "even the right password is not accepted");
        }
    }
}
