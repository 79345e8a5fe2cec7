package com.smartpick.advising.keycloak;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.jooq.tables.records.PersonRecord;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.ui.NavigationTest;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each role signs in on Keycloak's own page, sees exactly what it may, and is recorded as a person with the roles
 * Keycloak gave it. (A sign-in costs seconds, so each test checks all there is to see after one.)
 */
class KeycloakSignInIT extends KeycloakAppTestBase {

    @Autowired
    DSLContext db;

    @ParameterizedTest
    @EnumSource(User.class)
    void each_role_signs_in_through_keycloak_sees_its_navigation_and_gets_a_person_row_with_its_realm_role(User user) {
        try (Browser browser = signedIn(user)) {
            browser.screenshot("home-" + user.username);
            assertThat(browser.url()).startsWith("http://localhost:" + port + "/advising");
            assertThat(browser.navItems()).containsExactlyElementsOf(NavigationTest.NAVIGATION.get(Role.valueOf(user.name())));
            assertThat(browser.find(By.className("signed-in-as")).getDomProperty("textContent"))
                    .contains(user.displayName).contains(Role.valueOf(user.name()).label());

            List<PersonRecord> rows = db.selectFrom(PERSON).where(PERSON.EMAIL.eq(user.email())).fetch();
            assertThat(rows).hasSize(1);
            PersonRecord person = rows.getFirst();
            // Keycloak's user id, not one of the demo loader's "demo:*" people
            assertThat(person.getSubject()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(person.getDisplayName()).isEqualTo(user.displayName);
            // the realm role from the access token's realm_access.roles, and only the portal's roles: Keycloak's
            // default-roles-advising, offline_access and uma_authorization are dropped
            assertThat(person.getRoles()).containsExactly(user.name());
            assertThat(person.getLastLoginAt()).isNotNull();
        }
    }

    @Test
    void an_advisor_opens_the_cohorts_view() {
        try (Browser browser = signedIn(User.ADVISOR)) {
            browser.visit("/advising/cohorts");
            browser.awaitVaadin();
            browser.screenshot("cohorts-advisor");
            assertThat(browser.find(By.className("cohorts-view")).isDisplayed()).isTrue();
            assertThat(browser.has(By.id("new-cohort"))).isTrue();
        }
    }

    @Test
    void a_mentor_who_types_the_cohorts_address_does_not_get_the_cohorts_view() {
        try (Browser browser = signedIn(User.MENTOR)) {
            browser.visit("/advising/cohorts");
            browser.awaitVaadin();
            browser.screenshot("cohorts-refused-mentor");
            assertRefused(browser, "cohorts-view", "new-cohort");
        }
    }

    @Test
    void a_student_opens_their_profile_but_not_the_staff_views_by_typing_their_addresses() {
        try (Browser browser = signedIn(User.STUDENT)) {
            browser.visit("/advising/profile");
            browser.awaitVaadin();
            browser.screenshot("profile-student");
            assertThat(browser.find(By.className("profile-view")).isDisplayed()).isTrue();
            assertThat(browser.has(By.id("save-profile"))).isTrue();

            browser.visit("/advising/cohorts");
            browser.awaitVaadin();
            browser.screenshot("cohorts-refused-student");
            assertRefused(browser, "cohorts-view", "new-cohort");

            browser.visit("/advising/students");
            browser.awaitVaadin();
            assertRefused(browser, "students-view", "student-grid");
        }
    }

    /** Still signed in (no trip back to Keycloak), a page was rendered, and it is not the view. */
    private void assertRefused(Browser browser, String viewClass, String viewElementId) {
        assertThat(browser.url()).startsWith("http://localhost:" + port + "/advising");
        assertThat(browser.bodyText()).isNotBlank();
        assertThat(browser.has(By.className(viewClass))).isFalse();
        assertThat(browser.has(By.id(viewElementId))).isFalse();
    }
}
