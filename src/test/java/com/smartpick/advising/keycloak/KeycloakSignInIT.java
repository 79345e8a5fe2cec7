package com.smartpick.advising.keycloak;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.jooq.tables.records.PersonRecord;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role signs in on Keycloak's own page and sees exactly what it may; the portal records who signed in. */
class KeycloakSignInIT extends KeycloakAppTestBase {

    private static final Map<User, List<String>> NAVIGATION = Map.of(
            User.ADVISOR, List.of("Home", "Cohorts", "My students"),
            User.MENTOR, List.of("Home", "My students"),
            User.STUDENT, List.of("Home", "My profile"),
            User.ADMIN, List.of("Home", "Cohorts", "My students"));

    @Autowired
    DSLContext db;

    @ParameterizedTest
    @EnumSource(User.class)
    void each_role_signs_in_through_keycloak_and_sees_its_own_navigation(User user) {
        try (Browser browser = signedIn(user)) {
            assertThat(browser.url()).startsWith("http://localhost:" + port + "/advising");
            assertThat(browser.navItems()).containsExactlyElementsOf(NAVIGATION.get(user));
            assertThat(browser.find(By.className("signed-in-as")).getDomProperty("textContent"))
                    .contains(user.displayName).contains(user.name());
            browser.screenshot("home-" + user.username);
        }
    }

    @ParameterizedTest
    @EnumSource(User.class)
    void signing_in_creates_a_person_row_with_the_keycloak_realm_roles(User user) {
        try (Browser browser = signedIn(user)) {
            List<PersonRecord> rows = db.selectFrom(PERSON).where(PERSON.EMAIL.eq(user.email())).fetch();
            assertThat(rows).hasSize(1);
            PersonRecord person = rows.getFirst();
            // Keycloak's user id, not one of the demo loader's "demo:*" people
            assertThat(person.getSubject()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(person.getDisplayName()).isEqualTo(user.displayName);
            // only the portal's roles: Keycloak's default-roles-advising, offline_access, uma_authorization dropped
            assertThat(person.getRoles()).containsExactly(user.name());
            assertThat(person.getLastLoginAt()).isNotNull();
        }
    }

    @Test
    void an_advisor_opens_the_cohorts_view() {
        try (Browser browser = signedIn(User.ADVISOR)) {
            browser.visit("/advising/cohorts");
            browser.awaitVaadin();
            assertThat(browser.find(By.className("cohorts-view")).isDisplayed()).isTrue();
            assertThat(browser.has(By.id("new-cohort"))).isTrue();
            browser.screenshot("cohorts-advisor");
        }
    }

    @ParameterizedTest
    @EnumSource(value = User.class, names = {"MENTOR", "STUDENT"})
    void a_mentor_or_student_who_types_the_cohorts_address_does_not_get_the_cohorts_view(User user) {
        try (Browser browser = signedIn(user)) {
            browser.visit("/advising/cohorts");
            browser.awaitVaadin();
            browser.screenshot("cohorts-refused-" + user.username);
            assertThat(browser.has(By.className("cohorts-view"))).isFalse();
            assertThat(browser.has(By.id("new-cohort"))).isFalse();
            assertThat(browser.bodyText()).doesNotContain("New cohort");
        }
    }

    @Test
    void a_student_who_types_the_my_students_address_does_not_get_the_student_list() {
        try (Browser browser = signedIn(User.STUDENT)) {
            browser.visit("/advising/students");
            browser.awaitVaadin();
            assertThat(browser.has(By.className("students-view"))).isFalse();
            assertThat(browser.has(By.id("student-grid"))).isFalse();
        }
    }

    @Test
    void a_student_opens_their_profile() {
        try (Browser browser = signedIn(User.STUDENT)) {
            browser.visit("/advising/profile");
            browser.awaitVaadin();
            assertThat(browser.find(By.className("profile-view")).isDisplayed()).isTrue();
            assertThat(browser.has(By.id("save-profile"))).isTrue();
            browser.screenshot("profile-student");
        }
    }
}
