package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.LoginView;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Keycloak configured but not answering (nothing listens on port 9 of this machine): the sign-in page says so. */
@TestPropertySource(properties = "advising.keycloak.issuer-uri=http://127.0.0.1:9/realms/advising")
class KeycloakDownLoginViewTest extends ViewTest {

    @Test
    void the_sign_in_page_says_plainly_that_keycloak_is_unavailable_and_offers_to_try_again() {
        navigate("advising/login", LoginView.class);

        assertThat($(Paragraph.class).id("keycloak-unavailable").getText())
                .contains("Sign-in is unavailable right now", "Keycloak", "try again");
        Anchor retry = $(Anchor.class).id("keycloak-sign-in");
        assertThat(retry.getText()).isEqualTo("Try again");
        assertThat(retry.getHref()).isEqualTo("/oauth2/authorization/keycloak");
        assertThat($(LoginForm.class).all()).as("no demo form when Keycloak signs people in").isEmpty();
    }
}
