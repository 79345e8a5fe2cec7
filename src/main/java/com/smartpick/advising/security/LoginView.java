package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for the embedded default: the demo accounts are listed, and marked as such, beside the form. */
@AnonymousAllowed
@PageTitle("Sign in · SmartPick Advising")
@StyleSheet("themes/advising/styles.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();

    public LoginView(AdvisingProperties properties, PersonService people) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        H1 brand = new H1("SmartPick Advising");
        brand.addClassName("login-brand");
        form.setAction(properties.route("login"));
        form.setForgotPasswordButtonVisible(false);
        // a path, not the view class: the preview lives in the smartpick feature, which depends on security
        Anchor tryIt = new Anchor(properties.path("try"), "Try SmartPick without an account");
        tryIt.setId("try-smartpick-link");
        tryIt.addClassName("try-link");
        add(brand, form, tryIt);

        if (properties.demoLoginEnabled()) {
            add(demoAccounts(people));
        } else {
            add(new Paragraph("No sign-in method is configured: set ADVISING_KEYCLOAK_ISSUER_URI, or enable the demo accounts."));
        }
    }

    private Div demoAccounts(PersonService people) {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new H2("Demo accounts"));
        Span badge = new Span("DEMO DATA ONLY — password for every account: " + SecurityConfiguration.DEMO_PASSWORD);
        badge.getElement().getThemeList().add("badge contrast");
        box.add(badge);
        Grid<DemoAccount> accounts = new Grid<>();
        accounts.addClassName("demo-account-grid");
        accounts.addColumn(DemoAccount::username).setHeader("Username").setAutoWidth(true);
        accounts.addColumn(DemoAccount::displayName).setHeader("Name").setAutoWidth(true);
        accounts.addColumn(DemoAccount::role).setHeader("Role").setAutoWidth(true);
        accounts.setItems(people.demoAccountsToShow());
        accounts.setAllRowsVisible(true);
        box.add(accounts);
        return box;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
