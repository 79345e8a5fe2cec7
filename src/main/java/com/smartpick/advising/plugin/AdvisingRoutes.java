package com.smartpick.advising.plugin;

import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.Feature;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.eras.ui.MyErasView;
import com.smartpick.advising.experience.ui.ExperienceRecordView;
import com.smartpick.advising.experience.ui.MyExperienceView;
import com.smartpick.advising.experience.ui.ReviewQueueView;
import com.smartpick.advising.inbox.ui.InboxView;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.letter.ui.MyLettersView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.readiness.ui.ReadinessView;
import com.smartpick.advising.roster.ui.RosterImportView;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.security.LoginView;
import com.smartpick.advising.security.OwnSecurity;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.smartpick.rankedlist.ui.CohortSmartPickView;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.student.ui.MyStudentsView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.ui.HomeView;
import com.smartpick.advising.ui.MainLayout;
import com.smartpick.advising.ui.PluginView;
import com.smartpick.advising.ui.PluginViews;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.List;

/**
 * Registers the plugin's views under the configured prefix: those of {@link #VIEWS} whose feature is on. The views
 * carry no {@code @Route}: a static path could not follow the prefix, and a host's route scan must not pick them up on
 * its own.
 */
@org.springframework.stereotype.Component
public class AdvisingRoutes implements VaadinServiceInitListener, PluginViews {

    /**
     * Every view of the plugin, in menu order, and the one place that names them: the navigation and the home page are
     * made from it, showing an entry to whoever the view's own access annotation admits. A view without a menu entry
     * sits beside its kin.
     */
    public static final List<PluginView> VIEWS = List.of(
            PluginView.alone("login", LoginView.class),
            PluginView.alone("try", TrySmartPickView.class).of(Feature.TRY),
            PluginView.page("", HomeView.class).menu("Home", VaadinIcon.HOME),
            PluginView.page("cohorts", CohortsView.class).menu("Cohorts", VaadinIcon.GROUP)
                    .card("Create and run cohorts, enroll students, assign mentors."),
            PluginView.page("students", MyStudentsView.class).menu("My students", VaadinIcon.USERS)
                    .card("Every student you advise or mentor, with scores and mentors."),
            PluginView.page("students/:" + StudentView.STUDENT_ID, StudentView.class),
            PluginView.page("review", ReviewQueueView.class).menu("Review queue", VaadinIcon.CHECK_SQUARE_O),
            PluginView.page("readiness", ReadinessView.class).of(Feature.READINESS).menu("Readiness", VaadinIcon.DASHBOARD),
            PluginView.page("roster", RosterImportView.class).of(Feature.ROSTER).menu("Import roster", VaadinIcon.UPLOAD),
            PluginView.page("smartpick/cohorts", CohortSmartPickView.class).of(Feature.SMARTPICK)
                    .menu("SmartPick for a cohort", VaadinIcon.LIST_OL),
            PluginView.page("smartpick/students/:" + StudentListsView.STUDENT_ID, StudentListsView.class).of(Feature.SMARTPICK),
            PluginView.page("profile", MyProfileView.class).menu("My profile", VaadinIcon.USER_CARD)
                    .card("Your school, scores, visa need and preferences: what SmartPick ranks from."),
            PluginView.page("experience", MyExperienceView.class).menu("My experience", VaadinIcon.DOCTOR),
            PluginView.page("experience/:" + ExperienceRecordView.RECORD_ID, ExperienceRecordView.class),
            PluginView.page("eras", MyErasView.class).of(Feature.ERAS).menu("ERAS experiences", VaadinIcon.LIST_OL),
            PluginView.page("eras/:" + ErasView.STUDENT_ID, ErasView.class).of(Feature.ERAS),
            PluginView.page("statements", PersonalStatementView.class).menu("Personal statement", VaadinIcon.FILE_TEXT_O),
            PluginView.page("inbox", InboxView.class).menu("Inbox", VaadinIcon.ENVELOPE_O),
            PluginView.page("smartpick/my-list", MyListView.class).of(Feature.SMARTPICK)
                    .menu("My SmartPick list", VaadinIcon.LIST_OL),
            PluginView.page("catalog", CatalogView.class).of(Feature.CATALOG).menu("Program catalog", VaadinIcon.HOSPITAL)
                    .card("The residency programs SmartPick ranks: browse, edit, import a CSV."),
            PluginView.page("letters", LettersView.class).of(Feature.LETTERS).menu("Letters", VaadinIcon.ENVELOPES_O),
            PluginView.page("letters/:" + LetterView.LETTER_ID, LetterView.class).of(Feature.LETTERS),
            PluginView.page("my-letters", MyLettersView.class).of(Feature.LETTERS).menu("My letters", VaadinIcon.ENVELOPE_O),
            PluginView.page("who-viewed-my-record", DisclosuresView.class).of(Feature.AUDIT)
                    .menu("Who viewed my record", VaadinIcon.EYE),
            PluginView.page("audit", AuditTrailView.class).of(Feature.AUDIT).menu("Audit trail", VaadinIcon.RECORDS));

    private final AdvisingProperties properties;
    private final OwnSecurity ownSecurity;

    public AdvisingRoutes(AdvisingProperties properties, OwnSecurity ownSecurity) {
        this.properties = properties;
        this.ownSecurity = ownSecurity;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(event.getSource().getContext());
        registry.update(() -> register(RouteConfiguration.forRegistry(registry)));
    }

    public void register(RouteConfiguration routes) {
        for (PluginView view : registered()) {
            if (view.inMainLayout()) {
                routes.setRoute(properties.route(view.path()), view.view(), MainLayout.class);
            } else {
                routes.setRoute(properties.route(view.path()), view.view());
            }
        }
    }

    @Override
    public List<PluginView> registered() {
        // a host with security of its own signs its users in on its own page
        return VIEWS.stream().filter(view -> properties.features().on(view.feature()))
                .filter(view -> view.view() != LoginView.class || ownSecurity.active()).toList();
    }
}
