package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.Feature;
import com.smartpick.advising.base.ui.AdvisingView;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.OptionalLong;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The plugin's own sign-in page, when it runs its own security. With Keycloak, visitors normally go straight to
 * Keycloak's own page and see this one only when Keycloak does not answer; otherwise the form signs in the
 * {@link PasswordAccounts} of whatever runs the plugin (the standalone launcher lists its demo accounts beside it).
 */
@AdvisingView(value = LoginView.PATH, inMainLayout = false)
@AnonymousAllowed
@PageTitle("Sign in · SmartPick Advising")
@StyleSheet("themes/advising/styles.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    /** Where it is under the route prefix; the sign-in form posts there too. */
    static final String PATH = "login";

    /** The seconds a paused sign-in must wait, in the login page's address (see {@link SignInThrottle}). */
    static final String WAIT_PARAMETER = "wait";

    private final LoginForm form = new LoginForm();

    private final KeycloakStatus keycloak;
    private final boolean keycloakConfigured;
    private final Div keycloakBox = new Div();

    public LoginView(AdvisingProperties properties, ObjectProvider<PasswordAccounts> passwordAccounts,
            KeycloakStatus keycloak) {
        this.keycloak = keycloak;
        this.keycloakConfigured = properties.keycloak().configured();
        // centred by the stylesheet, which keeps a page taller than the window from spilling off its top
        addClassName("login-view");
        // the page stands alone, without the frame whose <main> marks the content for screen readers
        getElement().setAttribute("role", "main");
        setWidthFull();
        setAlignItems(Alignment.CENTER);
        // the page's one landmark: a screen reader's "jump to main" lands on the sign-in
        getElement().setAttribute("role", "main");

        H1 brand = new H1("SmartPick Advising");
        brand.addClassName("login-brand");
        form.setAction(properties.route(PATH));
        form.setForgotPasswordButtonVisible(false);
        add(brand);

        if (keycloakConfigured) {
            keycloakBox.addClassName("keycloak-sign-in");
            add(keycloakBox);
        } else if (passwordAccounts.getIfAvailable() instanceof PasswordAccounts accounts) {
            add(form);
            accounts.besideTheForm().ifPresent(this::add);
        } else {
            add(new Paragraph("No sign-in method is configured: set ADVISING_KEYCLOAK_ISSUER_URI."));
        }
        // a path, not the view class: the preview lives in the smartpick feature, which depends on security
        if (properties.features().on(Feature.TRY)) {
            Anchor tryIt = new Anchor(properties.path("try"), "Try SmartPick without an account");
            tryIt.setId("try-smartpick-link");
            tryIt.addClassName("try-link");
            add(tryIt);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        OptionalLong wait = query.getSingleParameter(WAIT_PARAMETER).map(LoginView::seconds)
                .orElse(OptionalLong.empty());
        if (wait.isPresent()) {
            form.showErrorMessage("Too many failed sign-ins", pausedMessage(wait.getAsLong()));
        } else {
            form.setError(query.getParameters().containsKey("error"));
        }
        if (keycloakConfigured) {
            showKeycloak(keycloak.reachable());
        }
    }

    /** Says how long to wait, in the unit a person thinks in; the right password is refused until then too. */
    static String pausedMessage(long seconds) {
        long minutes = (seconds + 59) / 60;
        String wait = seconds < 60 ? seconds + (seconds == 1 ? " second" : " seconds")
                : minutes + (minutes == 1 ? " minute" : " minutes");
        return "Sign-in is paused after too many wrong passwords for this account or from your network. Please wait "
                + wait + " before you try again: until then even the right password is not accepted.";
    }

    /** A number of seconds from the address bar, where anyone can type anything: ignored unless it is one. */
    private static OptionalLong seconds(String text) {
        try {
            long seconds = Long.parseLong(text);
            return seconds > 0 && seconds <= ThrottleRule.LONGEST_PAUSE.toSeconds() ? OptionalLong.of(seconds)
                    : OptionalLong.empty();
        } catch (NumberFormatException notANumber) {
            return OptionalLong.empty();
        }
    }

    /** Checked on every visit, not only when redirected here: a bookmark of this page must tell the truth too. */
    private void showKeycloak(boolean reachable) {
        keycloakBox.removeAll();
        // a full page load, not a Vaadin navigation: Spring's OAuth2 filter answers this address, not a view
        Anchor signIn = new Anchor(SecurityConfiguration.KEYCLOAK_LOGIN, reachable ? "Sign in" : "Try again");
        signIn.setRouterIgnore(true);
        signIn.setId("keycloak-sign-in");
        signIn.addClassName("sign-in-link");
        if (reachable) {
            keycloakBox.add(new Paragraph("You sign in with your organisation's account (Keycloak)."), signIn);
        } else {
            Paragraph down = new Paragraph("Sign-in is unavailable right now: the sign-in service (Keycloak) does not "
                    + "answer. Nothing is wrong with your account and no data is lost. Please try again in a few "
                    + "minutes; if it lasts, tell your administrator.");
            down.setId("keycloak-unavailable");
            down.addClassName("service-down");
            keycloakBox.add(down, signIn);
        }
    }
}
