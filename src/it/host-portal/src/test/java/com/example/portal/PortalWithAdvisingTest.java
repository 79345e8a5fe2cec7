package com.example.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.TimeoutException;
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

    /**
     * The portal's own people, signed in on the portal's page, become the plugin's: a student and a mentor open it once,
     * the advisor enrolls the student in a new cohort and assigns the mentor, and the mentor then finds the student.
     */
    @Test
    void the_portals_advisor_enrolls_its_student_and_assigns_its_mentor_who_then_sees_them() {
        try (Browser student = new Browser(port)) {
            student.signIn("student", "student-pass");
            student.open("/advising/profile");
            student.waitForText("My applicant profile");
        }
        try (Browser mentor = new Browser(port)) {
            mentor.signIn("mentor", "mentor-pass");
            mentor.open("/advising");
            mentor.waitForText("Welcome, mentor");
        }
        try (Browser advisor = new Browser(port)) {
            advisor.signIn("advisor", "advisor-pass");
            advisor.open("/advising/cohorts");
            advisor.click("new-cohort");
            advisor.type("cohort-name", "Portal cohort 2027");
            advisor.click("cohort-save");
            advisor.waitForText("Portal cohort 2027");
            // the new cohort's dialog may still be closing over the grid and take the click: click the row until the
            // grid shows it selected, but never while an answer is awaited (a second click would deselect it)
            By cohortRow = By.xpath("//vaadin-grid-cell-content[contains(., 'Portal cohort 2027')]");
            advisor.wait.until(d -> {
                WebElement row = advisor.find(cohortRow);
                String state = (String) ((JavascriptExecutor) d).executeScript("""
                        const tr = arguments[0].assignedSlot && arguments[0].assignedSlot.closest('tr');
                        if (tr && tr.hasAttribute('selected')) return 'selected';
                        const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                        const busy = clients
                            && Object.values(clients).some(client => client.isActive && client.isActive());
                        return busy ? 'busy' : 'not selected';
                        """, row);
                if ("not selected".equals(state)) {
                    row.click();
                }
                return "selected".equals(state);
            });
            advisor.find(By.cssSelector("#enroll-student input")).sendKeys("student");
            advisor.find(By.xpath("//vaadin-combo-box-item[contains(., 'student')]")).click();
            advisor.click("enroll-button");
            advisor.waitForText("student enrolled.");

            advisor.find(By.cssSelector("vaadin-button[aria-label='Mentors of student']")).click();
            advisor.type("assign-mentor", "mentor");
            advisor.find(By.xpath("//vaadin-combo-box-item[contains(., 'mentor')]")).click();
            advisor.click("assign-button");
            advisor.waitForText("mentor now mentors student.");
            advisor.screenshot("advisor-assigned-a-mentor");
        }
        try (Browser mentor = new Browser(port)) {
            mentor.signIn("mentor", "mentor-pass");
            mentor.open("/advising/students");
            assertThat(mentor.find(By.tagName("vaadin-grid")).getText()).contains("student");
            mentor.screenshot("mentor-sees-the-student");
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

    /** The portal's chain lets the plugin's JSON API through as the plugin's README says; the portal fills no catalog. */
    @Test
    void anyone_calls_the_plugins_json_api_through_the_portals_chain() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI estimate = URI.create("http://localhost:" + port + "/advising/api/smartpick/estimate");
        HttpResponse<String> answered = http.send(HttpRequest.newBuilder(estimate)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("""
                        {"specialty": "FAMILY_MEDICINE", "visa": "NONE", "graduationYear": 2022, "handsOnUsceMonths": 2,
                         "observershipMonths": 0, "usLetters": 1, "researchItems": 0, "attempts": 1, "applications": 20}"""))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(answered.statusCode()).isEqualTo(200);
        assertThat(answered.body()).contains("\"matchChance\":", "\"applications\":0", "\"entries\":[]");
        assertThat(answered.headers().allValues("Set-Cookie")).isEmpty();

        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(estimate).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Content-Type")).hasValue("application/problem+json");
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
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900");
            driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                    .build(), options);
            // it looks every 50 ms, not every 500: each of the journey's waits would otherwise add a quarter second
            wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
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
            find(By.cssSelector("#" + fieldId + " input")).sendKeys(text);
        }

        void click(String id) {
            find(By.id(id)).click();
        }

        WebElement find(By what) {
            try {
                return wait.until(ExpectedConditions.elementToBeClickable(what));
            } catch (TimeoutException missing) {
                throw failure("No " + what, missing);
            }
        }

        void waitForText(String text) {
            try {
                wait.until(d -> d.getPageSource().contains(text));
            } catch (TimeoutException missing) {
                throw failure("No \"" + text + "\"", missing);
            }
        }

        /** Saved under target/screenshots, to look at the plugin's pages inside the portal. */
        void screenshot(String name) {
            try {
                Path folder = Files.createDirectories(Path.of("target", "screenshots"));
                Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                        folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** What the page showed, in the failure's message: the journey runs inside another build's log. */
        private AssertionError failure(String what, TimeoutException cause) {
            return new AssertionError(what + " on " + driver.getCurrentUrl() + ", which shows:\n"
                    + driver.findElement(By.tagName("body")).getText(), cause);
        }

        @Override
        public void close() {
            driver.quit();
        }
    }
}
