package com.smartpick.advising.keycloak;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.ui.NavigationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Signing out ends the Keycloak session too (OIDC RP-initiated logout): without it, the next visit would be signed
 * straight back in by Keycloak's still-open session, without a login form.
 */
class KeycloakSignOutIT extends KeycloakAppTestBase {

    @Autowired
    DSLContext db;

    @Test
    void signing_out_ends_the_keycloak_session_so_the_next_visit_asks_to_log_in_again() {
        try (Browser browser = signedIn(User.ADVISOR)) {
            browser.signOut();
            // the post-logout redirect leads back to the portal, which sends a signed-out visitor to Keycloak
            browser.awaitKeycloakLogin();
            browser.screenshot("signed-out");

            browser.visit("/advising");
            browser.awaitKeycloakLogin();
            assertThat(browser.has(By.id("sign-out"))).isFalse();

            browser.visit("/advising/cohorts");
            browser.awaitKeycloakLogin();
        }
    }

    @Test
    void signing_in_again_after_signing_out_refreshes_the_same_person_row() {
        try (Browser browser = signedIn(User.MENTOR)) {
            browser.signOut();
            browser.awaitKeycloakLogin();
            browser.signIn(User.MENTOR.username, User.MENTOR.password());
            assertThat(browser.navItems()).containsExactlyElementsOf(NavigationTest.NAVIGATION.get(Role.MENTOR));
        }
        assertThat(db.fetchCount(PERSON, PERSON.EMAIL.eq(User.MENTOR.email()))).isEqualTo(1);
    }
}
