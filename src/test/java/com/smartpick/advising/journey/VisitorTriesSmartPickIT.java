package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A visitor without an account goes from the login page to "Try SmartPick" and gets a preview list, on a page without
 * development tools.
 */
class VisitorTriesSmartPickIT extends DemoPortalJourney {

    @Test
    void a_visitor_follows_the_login_page_s_link_and_gets_a_preview_without_signing_in() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.open("/advising/login");
            browser.click("try-smartpick-link");
            browser.type("try-step2ck", "245");
            browser.type("try-graduation-year", "2022");
            browser.type("try-usce", "6");
            browser.type("try-letters", "3");
            browser.click("try-run");

            browser.waitForText("chance of matching in");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/advising/try");
            assertThat(browser.driver.findElements(By.cssSelector("#try-entries li"))).hasSize(10);
            assertThat(browser.driver.findElements(By.id("sign-out"))).isEmpty();
            // the page as users get it: no development tools in it (ProductionModeTest checks the served HTML)
            assertThat(((JavascriptExecutor) browser.driver).executeScript("return !!(window.Vaadin && window.Vaadin.devToolsConf)"
                    + " || document.querySelector('vaadin-dev-tools, copilot-main') !== null")).isEqualTo(false);
        }
    }
}
