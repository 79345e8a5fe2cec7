package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSONAL_STATEMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.providers.EmbeddedResourceAxeProvider;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.DemoPortal;
import com.smartpick.advising.ui.PluginView;
import com.smartpick.advising.ui.PluginViews;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.OperationNotSupportedException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view the portal registers, opened in Chromium by every kind of user who may open it, as a person would see
 * it: at 1,400 × 900, where axe-core reads the page and any critical, serious or moderate finding fails the test, and
 * at a phone's 390 × 844, where every action and the page's heading must lie inside the screen's width (nobody scrolls
 * sideways to find "Submit for approval"). With {@code -Devery-view.screenshots} screenshots of both widths land in
 * {@code target/every-view} to be looked at (off by default: two hundred screenshots were a sixth of the test's time).
 * It moves from view to view the way the portal's links do, inside the page Vaadin has loaded, as a person would. A
 * view whose route needs an id gets one from the demo data; a new route parameter nobody filled fails the test, so a
 * new view cannot slip past it.
 *
 * <p>It only reads, so the five kinds of user look at the same time, each in a browser of their own, while no
 * journey changes the demo data under them.
 */
@OnDemoPortal
@ResourceLock(value = DemoPortalJourney.DEMO_DATA, mode = ResourceAccessMode.READ)
@Execution(ExecutionMode.CONCURRENT)
// handed out last, after the journeys that change the demo data (see the pom's Failsafe settings)
@Order(Integer.MAX_VALUE - 1)
class EveryViewIT {

    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious", "moderate");
    private static final Pattern PARAMETER = Pattern.compile(":([A-Za-z]+)");
    private static final String PREFIX = "/advising/";
    private static final boolean SCREENSHOTS = Boolean.getBoolean("every-view.screenshots");

    private static final String AXE_SOURCE = axeSource();

    /**
     * axe-core as the pages need it: run once in the page, since the portal has no iframes (no run per frame, no blank
     * window opened to merge them), and only the findings that fail the test sent back, a few hundred bytes instead of
     * every rule's result with its nodes through chromedriver and into this JVM. The page is whole but for Vaadin's own
     * connection indicator, which sits outside every landmark and is empty unless the server is slow to answer.
     */
    private static final String AXE_RUN = """
            const failing = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run({exclude: [['vaadin-connection-indicator']]}, {iframes: false, resultTypes: ['violations']})
                .then(results => done(results.violations.filter(rule => failing.includes(rule.impact)).map(rule =>
                    'axe ' + rule.id + ' (' + rule.impact + ') on ' + rule.nodes.length + ' element(s), first '
                    + JSON.stringify(rule.nodes[0].target) + ': ' + rule.help)))
                .catch(error => done(['axe could not read the page: ' + error]));
            """;

    /**
     * axe-core's half-megabyte script goes into a page once, not before every reading: Vaadin swaps the views inside
     * the page it has loaded, and axe stays there with them until the browser loads a page anew (a sign-in does).
     */
    private static void injectAxeUnlessThere(WebDriver driver) {
        JavascriptExecutor page = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(page.executeScript("return typeof window.axe === 'object'"))) {
            page.executeScript(AXE_SOURCE);
        }
    }

    private static String axeSource() {
        try {
            return new EmbeddedResourceAxeProvider().getScript();
        } catch (IOException | OperationNotSupportedException e) {
            throw new IllegalStateException("axe-core's script is not on the test classpath", e);
        }
    }

    @LocalServerPort int port;
    @Autowired DSLContext db;
    @Autowired PluginViews views;

    @Test
    void a_visitor_sees_every_open_page_readable_and_whole() {
        List<String> problems = new ArrayList<>();
        try (BrowserSession browser = new BrowserSession(port)) {
            for (String path : pathsFor(null, Map.of("token", List.of("no-such-link")))) {
                problems.addAll(look(browser, "visitor", path));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** The readings' own check: a picture with no text and a button with no name, put into a page, are reported. */
    @Test
    void axe_reports_what_fails_a_page() {
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.open("/advising/login");
            browser.settle();
            ((JavascriptExecutor) browser.driver).executeScript("""
                    const main = document.querySelector('main') || document.body;
                    main.insertAdjacentHTML('beforeend', '<img src="data:," id="planted-picture">'
                        + '<button id="planted-button"></button>');
                    """);
            assertThat(readWithAxe(browser)).anyMatch(finding -> finding.startsWith("axe image-alt (critical)")
                    && finding.contains("#planted-picture")).anyMatch(finding -> finding.startsWith("axe button-name")
                    && finding.contains("#planted-button"));
        }
    }

    @Test
    void a_student_sees_every_view_readable_and_whole() {
        assertEveryViewFor("student");
    }

    @Test
    void a_mentor_sees_every_view_readable_and_whole() {
        assertEveryViewFor("mentor");
    }

    @Test
    void an_advisor_sees_every_view_readable_and_whole() {
        assertEveryViewFor("advisor");
    }

    @Test
    void an_admin_sees_every_view_readable_and_whole() {
        assertEveryViewFor("admin");
    }

    private void assertEveryViewFor(String account) {
        Viewer viewer = DemoPortal.viewer(db, "demo:" + account);
        List<String> problems = new ArrayList<>();
        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount(account);
            for (String path : pathsFor(viewer, parametersFor(viewer))) {
                problems.addAll(look(browser, account, path));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The demo's ids for the route parameters, as the person would reach them: the demo mentor's mentees are in the
     * demo advisor's cohort, so staff open their pages; a student opens her own. A record and a letter are opened once
     * in each state the demo has (a draft, one waiting for review, one sent back, ...), since each shows other actions.
     */
    private Map<String, List<String>> parametersFor(Viewer viewer) {
        boolean student = viewer.roles().stream().anyMatch(role -> role.name().equals("STUDENT"));
        List<Long> students = student ? List.of(viewer.personId())
                : db.select(MENTOR_ASSIGNMENT.STUDENT_ID).from(MENTOR_ASSIGNMENT)
                        .where(MENTOR_ASSIGNMENT.MENTOR_ID.eq(DemoPortal.viewer(db, "demo:mentor").personId()))
                        .orderBy(MENTOR_ASSIGNMENT.STUDENT_ID).fetch(MENTOR_ASSIGNMENT.STUDENT_ID);
        List<String> records = db.select(DSL.min(EXPERIENCE_RECORD.ID)).from(EXPERIENCE_RECORD)
                .where(EXPERIENCE_RECORD.STUDENT_ID.in(students)).groupBy(EXPERIENCE_RECORD.STATUS)
                .fetch(record -> record.value1().toString());
        List<String> letters = db.select(DSL.min(LETTER.ID)).from(LETTER).where(LETTER.STUDENT_ID.in(students))
                .groupBy(LETTER.STATUS).fetch(letter -> letter.value1().toString());
        List<String> sharedStatements = db.select(DSL.min(PERSONAL_STATEMENT.ID)).from(PERSONAL_STATEMENT)
                .where(PERSONAL_STATEMENT.STUDENT_ID.in(students), PERSONAL_STATEMENT.SHARED_AT.isNotNull())
                .fetch(statement -> String.valueOf(statement.value1()));
        return Map.of("studentId", List.of(students.getFirst().toString()), "recordId", records, "letterId", letters,
                "statementId", sharedStatements);
    }

    /** The views the viewer may open (a visitor: those open to all, outside the frame), their parameters filled. */
    private List<String> pathsFor(Viewer viewer, Map<String, List<String>> parameters) {
        List<String> paths = new ArrayList<>();
        for (PluginView view : views.registered()) {
            boolean forThisViewer = viewer == null ? !view.inMainLayout() : view.inMainLayout() && view.admits(viewer);
            if (!forThisViewer) {
                continue;
            }
            Matcher parameter = PARAMETER.matcher(view.path());
            if (!parameter.find()) {
                paths.add(PREFIX + view.path());
                continue;
            }
            List<String> values = parameters.get(parameter.group(1));
            assertThat(values).as("ids for the route parameter :%s of %s", parameter.group(1), view.path())
                    .isNotEmpty();
            for (String value : values) {
                paths.add(PREFIX + parameter.replaceFirst(value));
            }
        }
        return paths;
    }

    /** The problems a person would meet on the page, at both widths, each naming the view, the width and the spot. */
    private List<String> look(BrowserSession browser, String who, String path) {
        List<String> problems = new ArrayList<>();
        String name = who + path.replace(PREFIX, "-").replaceAll("[^A-Za-z0-9-]+", "_");

        browser.driver.manage().window().setSize(new Dimension(1400, 900));
        browser.follow(path);
        browser.settle();
        keepScreenshot(browser, name + "-1400");
        for (String finding : readWithAxe(browser)) {
            problems.add("%s as %s at 1400 px: %s".formatted(path, who, finding));
        }

        browser.driver.manage().window().setSize(new Dimension(390, 844));
        browser.settle();
        keepScreenshot(browser, name + "-390");
        @SuppressWarnings("unchecked")
        List<String> outside = (List<String>) ((JavascriptExecutor) browser.driver).executeScript(OUTSIDE_THE_SCREEN);
        for (String element : outside) {
            problems.add("%s as %s at 390 px: outside the screen's width: %s".formatted(path, who, element));
        }
        return problems;
    }

    /** axe-core's findings on the page as it is that fail the test, each in a line naming the rule and the spot. */
    @SuppressWarnings("unchecked")
    private static List<String> readWithAxe(BrowserSession browser) {
        injectAxeUnlessThere(browser.driver);
        return (List<String>) ((JavascriptExecutor) browser.driver).executeAsyncScript(AXE_RUN,
                List.copyOf(FAILING_IMPACTS));
    }

    /** Only when asked for ({@code -Devery-view.screenshots}): a person looks at them, no assertion does. */
    private static void keepScreenshot(BrowserSession browser, String name) {
        if (SCREENSHOTS) {
            browser.screenshotTo("every-view", name);
        }
    }

    /**
     * The page's actions, its fields and its heading that stick out of the window's width. Actions in a grid's cells are left out
     * (the grid scrolls inside itself, keeping its first column), and so is the navigation drawer, which a phone shows
     * only when asked.
     */
    private static final String OUTSIDE_THE_SCREEN = """
            const width = document.documentElement.clientWidth;
            const found = [];
            const selector = 'h1, a[href], vaadin-button, vaadin-upload, vaadin-menu-bar, vaadin-checkbox, vaadin-select, '
                + 'vaadin-text-field, vaadin-text-area, vaadin-email-field, vaadin-integer-field, vaadin-number-field, '
                + 'vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-date-picker, vaadin-radio-group';
            for (const element of document.querySelectorAll(selector)) {
              if (element.closest('vaadin-grid, [slot=drawer], vaadin-dialog-overlay')) continue;
              const box = element.getBoundingClientRect();
              if (box.width === 0 || box.height === 0 || getComputedStyle(element).visibility === 'hidden') continue;
              if (box.left < -1 || box.right > width + 1) {
                found.push(element.localName + ' "' + (element.innerText || '').trim().slice(0, 40) + '" from '
                    + Math.round(box.left) + ' to ' + Math.round(box.right) + ' px of ' + width);
              }
            }
            return found;
            """;
}
