package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role's navigation, as {@code KeycloakSignInIT} expects it after a real sign-in, checked without a browser. */
public class NavigationTest extends ViewTest {

    public static final Map<Role, List<String>> NAVIGATION = Map.of(
            Role.ADVISOR, List.of("Home", "Cohorts", "My students", "Review queue", "Readiness", "Import roster",
                    "SmartPick for a cohort", "Letters"),
            Role.MENTOR, List.of("Home", "My students", "Review queue", "Letters"),
            Role.STUDENT, List.of("Home", "My profile", "My experience", "ERAS experiences", "Personal statement", "Inbox",
                    "My SmartPick list", "My letters", "Who viewed my record"),
            Role.ADMIN, List.of("Home", "Cohorts", "My students", "Review queue", "Readiness", "Import roster",
                    "SmartPick for a cohort", "Program catalog", "Letters", "Audit trail"));

    @Autowired DSLContext db;

    @ParameterizedTest
    @EnumSource(Role.class)
    void each_role_sees_its_own_navigation(Role role) {
        SignIn.as(new TestData(db).person(role.name(), role));
        navigate("advising", HomeView.class);
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactlyElementsOf(NAVIGATION.get(role));
    }
}
