package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinService;
import jakarta.annotation.security.PermitAll;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Each failure while a page opens shows the app's own error page: one sentence, a way home, never exception text. */
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTest extends ViewTest {

    private static final String SECRET = "connection string jdbc:postgresql://db.internal/secret";

    @Autowired DSLContext db;

    @BeforeEach
    void signInAndAddFailingPages() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        routes.setRoute("test-failure/record-missing", RecordMissingPage.class);
        routes.setRoute("test-failure/service-refuses", ServiceRefusesPage.class);
        routes.setRoute("test-failure/bug", BuggyPage.class);
        routes.setRoute("test-failure/database-down", DatabaseDownPage.class);
    }

    @Test
    void an_address_that_leads_nowhere_shows_page_not_found() {
        navigate("advising/no-such-page", PageNotFoundError.class);

        assertErrorPage("Page not found");
    }

    @Test
    void a_role_that_may_not_open_a_view_sees_not_allowed() {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));
        navigate("advising/cohorts", AccessDeniedError.class);

        assertErrorPage("Not allowed");
    }

    @Test
    void a_service_refusing_the_viewer_while_a_page_opens_shows_not_allowed() {
        navigate("test-failure/service-refuses", OperationDeniedError.class);

        assertErrorPage("Not allowed");
    }

    @Test
    void a_record_that_is_not_the_viewers_shows_page_not_found() {
        navigate("test-failure/record-missing", RecordNotFoundError.class);

        assertErrorPage("Page not found");
        assertThat(text("error-explanation")).contains("not among the records you may see");
    }

    @Test
    void an_unexpected_failure_shows_something_went_wrong_with_a_reference_and_no_exception_text(CapturedOutput log) {
        navigate("test-failure/bug", UnexpectedError.class);

        assertErrorPage("Something went wrong");
        assertThat(pageText()).containsPattern("Reference for support: [0-9a-f]{8}");
        assertThat(log.getAll().lines().filter(line -> line.contains("IllegalStateException: boom")))
                .as("logged once, as one event with its stack trace").hasSize(1);
        assertThat(log.getAll()).containsPattern("ERROR .* failed opening /test-failure/bug \\(reference [0-9a-f]{8}\\)");
    }

    @Test
    void a_database_outage_while_a_page_opens_says_so_and_to_try_again() {
        navigate("test-failure/database-down", UnexpectedError.class);

        assertErrorPage("Temporarily unavailable");
        assertThat(text("error-explanation")).contains("database cannot be reached").contains("try again");
    }

    @Test
    void vaadins_own_csrf_protection_is_left_on() {
        assertThat(VaadinService.getCurrent().getDeploymentConfiguration().isXsrfProtectionEnabled()).isTrue();
    }

    private void assertErrorPage(String heading) {
        assertThat($(H1.class).id("error-heading").getText()).isEqualTo(heading);
        assertThat(pageText()).contains("SmartPick Advising", "Go to the home page")
                .doesNotContain(SECRET, "Exception", "at com.", "at org.");
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private String pageText() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @PermitAll
    public static class RecordMissingPage extends Div {
        public RecordMissingPage() {
            throw new NotFoundException("Student");
        }
    }

    @PermitAll
    public static class ServiceRefusesPage extends Div {
        public ServiceRefusesPage() {
            throw new AccessDeniedException("Only advisors run cohorts. " + SECRET);
        }
    }

    @PermitAll
    public static class BuggyPage extends Div {
        public BuggyPage() {
            throw new IllegalStateException("boom: " + SECRET);
        }
    }

    @PermitAll
    public static class DatabaseDownPage extends Div {
        public DatabaseDownPage() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection: " + SECRET);
        }
    }
}
