package com.smartpick.advising.plugin;

import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.eras.ui.ErasView;
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
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

/**
 * Registers the plugin's views under the configured prefix. The views carry no {@code @Route}: a static path
 * could not follow the prefix, and a host's route scan must not pick them up on its own.
 */
@org.springframework.stereotype.Component
public class AdvisingRoutes implements VaadinServiceInitListener {

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
        // a host with security of its own signs its users in on its own page
        if (ownSecurity.active()) {
            routes.setRoute(properties.route("login"), LoginView.class);
        }
        routes.setRoute(properties.route("try"), TrySmartPickView.class);
        inMainLayout(routes, "", HomeView.class);
        inMainLayout(routes, "cohorts", CohortsView.class);
        inMainLayout(routes, "students", MyStudentsView.class);
        inMainLayout(routes, "students/:" + StudentView.STUDENT_ID, StudentView.class);
        inMainLayout(routes, "profile", MyProfileView.class);
        inMainLayout(routes, "experience", MyExperienceView.class);
        inMainLayout(routes, "experience/:" + ExperienceRecordView.RECORD_ID, ExperienceRecordView.class);
        inMainLayout(routes, "review", ReviewQueueView.class);
        inMainLayout(routes, "statements", PersonalStatementView.class);
        inMainLayout(routes, "inbox", InboxView.class);
        inMainLayout(routes, "roster", RosterImportView.class);
        inMainLayout(routes, "readiness", ReadinessView.class);
        inMainLayout(routes, "eras/:" + ErasView.STUDENT_ID + "?", ErasView.class);
        inMainLayout(routes, "catalog", CatalogView.class);
        inMainLayout(routes, "smartpick/students/:" + StudentListsView.STUDENT_ID, StudentListsView.class);
        inMainLayout(routes, "smartpick/cohorts", CohortSmartPickView.class);
        inMainLayout(routes, "smartpick/my-list", MyListView.class);
        inMainLayout(routes, "letters", LettersView.class);
        inMainLayout(routes, "letters/:" + LetterView.LETTER_ID, LetterView.class);
        inMainLayout(routes, "my-letters", MyLettersView.class);
        inMainLayout(routes, "who-viewed-my-record", DisclosuresView.class);
        inMainLayout(routes, "audit", AuditTrailView.class);
    }

    private void inMainLayout(RouteConfiguration routes, String view, Class<? extends Component> target) {
        routes.setRoute(properties.route(view), target, MainLayout.class);
    }
}
