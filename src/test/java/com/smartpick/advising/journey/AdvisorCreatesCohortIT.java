package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.TestData;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The main journey of the foundation, in a real browser: an advisor signs in, creates a cohort and sees it. */
class AdvisorCreatesCohortIT extends DemoPortalJourney {

    @Test
    void an_advisor_signs_in_creates_a_cohort_and_sees_it_in_the_list() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("advisor");
            browser.open("/advising/cohorts");
            browser.click("new-cohort");
            String name = TestData.unique("Selenium cohort");
            browser.type("cohort-name", name);
            browser.click("cohort-save");

            browser.waitForText(name);
            assertThat(browser.driver.findElement(By.id("cohort-grid")).getText()).contains(name);
        }
    }

    @Test
    void a_student_typing_a_staff_address_does_not_get_the_staff_view() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("student");
            browser.open("/advising/cohorts");
            browser.waitForText("Not allowed");
            assertThat(browser.driver.findElements(By.id("cohort-grid"))).isEmpty();
        }
    }
}
