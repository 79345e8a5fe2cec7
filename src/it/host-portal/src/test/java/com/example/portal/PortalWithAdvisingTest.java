package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal with the plugin, in headless Chromium: the portal's users sign in on the portal's own page and work in
 * the plugin's views; the portal's "not found" page stays the portal's; letters, switched off, are gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalWithAdvisingTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @DynamicPropertySource
    static void portalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", PortalDatabase::url);
        registry.add("spring.datasource.username", () -> "portal_app");
        registry.add("spring.flyway.user", () -> "portal_owner");
    }

    @LocalServerPort int port;

    @Test
    void a_student_and_an_advisor_of_the_portal_work_in_the_plugins_views() {
        try (Browser student = new Browser(port)) {
            student.signIn("student", "student-pass");
            student.open("/advising/profile");
            student.waitForText("My applicant profile");
        }
        try (Browser advisor = new Browser(port)) {
            advisor.signIn("advisor", "advisor-pass");
            advisor.open("/advising/cohorts");
            advisor.click("new-cohort");
            advisor.type("cohort-name", "Portal cohort 2027");
            advisor.click("cohort-save");
            advisor.waitForText("Portal cohort 2027");
            advisor.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-grid-cell-content[contains(., 'Portal cohort 2027')]"))).click();
            WebElement picker = advisor.wait.until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector("#enroll-student input")));
            picker.sendKeys("student");
            advisor.wait.until(ExpectedConditions.elementToBeClickable(
                    By.xpath("//vaadin-combo-box-item[contains(., 'student')]"))).click();
            advisor.click("enroll-button");
            advisor.waitForText("student enrolled.");

            advisor.open("/advising/students");
            advisor.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "student"));
        }
    }

    @Test
    void letters_switched_off_are_gone_from_the_menu_and_their_address_is_the_portals_not_found() {
        try (Browser mentor = new Browser(port)) {
            mentor.signIn("mentor", "mentor-pass");
            mentor.open("/advising");
            mentor.waitForText("Welcome, mentor");
            assertThat(mentor.driver.findElement(By.tagName("vaadin-side-nav")).getText())
                    .contains("My students").doesNotContain("Letters");
            mentor.open("/advising/letters");
            mentor.waitForText("The University Portal has no such page");
        }
    }

    @Test
    void the_portals_not_found_page_stays_the_portals_and_the_plugin_brings_no_login_page() {
        try (Browser admin = new Browser(port)) {
            admin.signIn("admin", "admin-pass");
            admin.open("/no-such-page");
            admin.waitForText("The University Portal has no such page");
            admin.open("/advising/login");
            admin.waitForText("The University Portal has no such page");
            admin.open("/");
            admin.waitForText("Welcome to the University Portal");
        }
    }

    @Test
    void the_plugins_security_headers_are_on_its_own_pages_only() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<Void> plugin = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/advising"))
                .build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> portal = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .build(), HttpResponse.BodyHandlers.discarding());
        assertThat(plugin.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(portal.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    /** Headless Debian Chromium and its driver; skipped, saying why, where they are not installed. */
    static final class Browser implements AutoCloseable {

        final WebDriver driver;
        final WebDriverWait wait;
        private final String base;

        Browser(int port) {
            assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                    "needs Debian's chromium and chromium-driver");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless",
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--window-size=1400,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build(), options);
            wait = new WebDriverWait(driver, Duration.ofSeconds(60));
            base = "http://localhost:" + port;
        }

        void open(String path) {
            driver.get(base + path);
        }

        void signIn(String username, String password) {
            open("/login");
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name=username]")))
                    .sendKeys(username);
            driver.findElement(By.cssSelector("vaadin-login-form input[name=password]")).sendKeys(password, Keys.ENTER);
            waitForText("Welcome to the University Portal");
        }

        void type(String fieldId, String text) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + fieldId + " input"))).sendKeys(text);
        }

        void click(String id) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
        }

        void waitForText(String text) {
            wait.until(d -> d.getPageSource().contains(text));
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
