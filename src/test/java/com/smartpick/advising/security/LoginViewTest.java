package com.smartpick.advising.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the demo sign-in form says after a failed sign-in. */
class LoginViewTest extends ViewTest {

    @Test
    void a_paused_sign_in_says_so_and_how_long_to_wait() {
        openLogin("wait", "95");

        LoginForm form = $(LoginForm.class).single();
        assertThat(form.isError()).isTrue();
        assertThat(form.getElement().getPropertyRaw("i18n").toString())
                .contains("Too many failed sign-ins", "Please wait 2 minutes",
                        "even the right password is not accepted");
    }

    @Test
    void seconds_are_said_as_seconds_under_a_minute_and_as_minutes_rounded_up_above() {
        assertThat(LoginView.pausedMessage(1)).contains("wait 1 second ");
        assertThat(LoginView.pausedMessage(30)).contains("wait 30 seconds ");
        assertThat(LoginView.pausedMessage(60)).contains("wait 1 minute ");
        assertThat(LoginView.pausedMessage(61)).contains("wait 2 minutes ");
    }

    @Test
    void a_wrong_password_says_only_that_and_a_wait_typed_into_the_address_that_is_no_number_is_ignored() {
        openLogin("error", "");
        assertThat($(LoginForm.class).single().isError()).isTrue();
        assertThat(String.valueOf($(LoginForm.class).single().getElement().getPropertyRaw("i18n")))
                .doesNotContain("Too many failed sign-ins");

        openLogin("wait", "<script>");
        assertThat($(LoginForm.class).single().isError()).isFalse();
    }

    /** The login page as a redirect leaves it, with one query parameter. */
    private void openLogin(String parameter, String value) {
        UI.getCurrent().navigate("advising/login", QueryParameters.simple(Map.of(parameter, value)));
    }
}
