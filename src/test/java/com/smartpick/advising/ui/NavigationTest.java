package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.readiness.ReadinessService;
import com.smartpick.advising.roster.RosterService;
import com.smartpick.advising.security.LoginView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.catalog.CatalogSeed;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ProgramCatalog;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.smartpick.rankedlist.CohortBatch;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.AdvisingViews;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.ui.StudentApplicationsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Each role's navigation and home cards, the registered views and the features' beans, with every feature on; the
 * navigation as {@code KeycloakSignInIT} expects it after a real sign-in, checked without a browser. Subclasses switch
 * features off and say what goes: every check here then holds for what is left.
 */
public class NavigationTest extends ViewTest {

    public static final Map<Role, List<String>> NAVIGATION = Map.of(
            Role.ADVISOR, List.of("Home", "Cohorts", "My students", "Review queue", "Readiness", "Season calendar",
                    "Import roster", "SmartPick for a cohort", "Applications by cohort", "Outcomes vs. predictions",
                    "Inbox", "Letters", "Help"),
            Role.MENTOR, List.of("Home", "My students", "Review queue", "Inbox", "Letters", "Help"),
            Role.STUDENT, List.of("Home", "My profile", "My season", "My experience", "ERAS experiences",
                    "Personal statement", "Inbox", "My SmartPick list", "My applications", "My letters",
                    "Who viewed my record", "Help"),
            Role.ADMIN, List.of("Home", "Cohorts", "My students", "Review queue", "Readiness", "Season calendar",
                    "Import roster", "SmartPick for a cohort", "Applications by cohort", "Outcomes vs. predictions",
                    "Inbox", "Program catalog", "Letters", "Audit trail", "Mail", "Help"));

    public static final Map<Role, List<String>> CARDS = Map.of(
            Role.ADVISOR, List.of("Cohorts", "My students"),
            Role.MENTOR, List.of("My students"),
            Role.STUDENT, List.of("My profile"),
            Role.ADMIN, List.of("Cohorts", "My students", "Program catalog"));

    /** A service of each switchable feature: present unless {@link #goneServices()} names it. */
    static final Set<Class<?>> FEATURE_SERVICES = Set.of(LetterService.class, LetterProgramService.class,
            RankedListService.class, CohortBatch.class, ProgramCatalog.class, CatalogSeed.class, CatalogService.class,
            PreviewService.class, AuditService.class, ReadinessService.class, RosterService.class, ErasService.class,
            ApplicationTrackerService.class);

    @Autowired DSLContext db;
    @Autowired ApplicationContext context;

    /** The views the switches took away. */
    Set<Class<? extends Component>> goneViews() {
        return Set.of();
    }

    /** Their menu entries and home cards, by label. */
    Set<String> goneEntries() {
        return Set.of();
    }

    Set<Class<?>> goneServices() {
        return Set.of();
    }

    /** Packages of which no bean may be left. */
    Set<String> gonePackages() {
        return Set.of();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_sees_its_own_navigation_and_cards(Role role) {
        SignIn.as(new TestData(db).person(role.name(), role));
        navigate("advising", HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel)
                .containsExactlyElementsOf(withoutGone(NAVIGATION.get(role)));
        assertThat($(Div.class).withClassName("cards").thenOnFirst(RouterLink.class).all()).extracting(RouterLink::getText)
                .containsExactlyElementsOf(withoutGone(CARDS.get(role)));
    }

    @Test
    void every_view_of_the_plugin_is_registered_but_the_gone_ones() {
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        assertThat(AdvisingViews.all().stream().filter(view -> !routes.isRouteRegistered(view)))
                .containsExactlyInAnyOrderElementsOf(goneViews());
    }

    @Test
    void an_address_of_a_gone_view_leads_nowhere() {
        SignIn.as(new TestData(db).person("Admin", Role.ADMIN));
        goneViews().forEach(view -> navigate(AdvisingViews.address(view), PageNotFoundError.class));
    }

    @Test
    void the_gone_features_leave_no_bean() {
        for (Class<?> service : FEATURE_SERVICES) {
            assertThat(context.getBeanNamesForType(service)).as(service.getSimpleName())
                    .hasSize(goneServices().contains(service) ? 0 : 1);
        }
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType).filter(Objects::nonNull)
                .map(Class::getName).filter(type -> gonePackages().stream().anyMatch(p -> type.startsWith(p + "."))))
                .isEmpty();
    }

    @Test
    void the_login_page_offers_try_smartpick_only_while_it_is_there() {
        navigate("advising/login", LoginView.class);
        assertThat($(Anchor.class).withId("try-smartpick-link").exists()).isEqualTo(!goneViews().contains(TrySmartPickView.class));
    }

    @Test
    void a_students_page_links_to_their_eras_experiences_smartpick_lists_and_applications_only_while_those_are_there() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        assertThat($(RouterLink.class).withId("student-eras").exists()).isEqualTo(!goneViews().contains(ErasView.class));
        assertThat($(RouterLink.class).withText("SmartPick lists").exists())
                .isEqualTo(!goneViews().contains(StudentListsView.class));
        assertThat($(RouterLink.class).withId("student-applications").exists())
                .isEqualTo(!goneViews().contains(StudentApplicationsView.class));
    }

    private List<String> withoutGone(List<String> labels) {
        return labels.stream().filter(label -> !goneEntries().contains(label)).toList();
    }
}
