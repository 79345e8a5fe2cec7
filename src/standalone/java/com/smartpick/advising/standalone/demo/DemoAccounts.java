package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.security.AdvisingPrincipal;
import com.smartpick.advising.security.PasswordAccounts;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.PersonSubject;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The demo accounts: the people {@link DemoDataLoader} made, signing in on the plugin's own login form with the one
 * published password. They exist only in a demo database, and only while no identity provider is configured.
 */
@org.springframework.stereotype.Component
@ConditionalOnExpression("${advising.demo.enabled:false} and '${advising.keycloak.issuer-uri:}'.isEmpty()")
public class DemoAccounts implements PasswordAccounts {

    /** Published on the login page; these accounts exist only in the demo database. */
    public static final String PASSWORD = "demo";

    private final PersonService people;

    DemoAccounts(PersonService people) {
        this.people = people;
    }

    @Override
    public Optional<UserDetails> account(String username) {
        return person(username).map(viewer -> new DemoUser(username, viewer));
    }

    @Override
    public Optional<Viewer> person(String username) {
        return people.bySubject(DemoDataLoader.PREFIX + username);
    }

    @EventListener
    void recordSignIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof DemoUser user) {
            people.recordLogin(user.viewer().personId());
        }
    }

    @Override
    public Optional<Component> besideTheForm() {
        Div box = new Div();
        box.addClassName("demo-accounts");
        box.add(new H2("Demo accounts"));
        Span badge = new Span("DEMO DATA ONLY — password for every account: " + PASSWORD);
        badge.getElement().getThemeList().add("badge contrast");
        box.add(badge);
        Grid<Account> accounts = new Grid<>();
        accounts.addClassName("demo-account-grid");
        accounts.addColumn(Account::username).setHeader("Username").setAutoWidth(true);
        accounts.addColumn(Account::displayName).setHeader("Name").setFlexGrow(1);
        accounts.addColumn(Account::role).setHeader("Role").setAutoWidth(true).setFlexGrow(0);
        accounts.setItems(accountsToShow());
        accounts.setAllRowsVisible(true);
        box.add(accounts);
        return Optional.of(box);
    }

    /** Two demo accounts of each role are enough to try every view; the rest are mentees to look at. */
    List<Account> accountsToShow() {
        Map<Role, List<Account>> byRole = new EnumMap<>(Role.class);
        for (PersonSubject person : people.withSubjectPrefix(DemoDataLoader.PREFIX)) {
            String username = person.subject().substring(DemoDataLoader.PREFIX.length());
            Role role = person.roles().stream().sorted().findFirst().orElse(Role.STUDENT);
            List<Account> shown = byRole.computeIfAbsent(role, r -> new ArrayList<>());
            if (shown.size() < 2) {
                shown.add(new Account(username, person.displayName(), role.label()));
            }
        }
        return byRole.values().stream().flatMap(List::stream).toList();
    }

    /** A demo account as the login page lists it. */
    record Account(String username, String displayName, String role) {
    }

    /** Signed in with the demo password; already knows its person row. */
    private static final class DemoUser extends User implements AdvisingPrincipal {

        private final Viewer viewer;

        DemoUser(String username, Viewer viewer) {
            super(username, "{noop}" + PASSWORD, viewer.authorities());
            this.viewer = viewer;
        }

        @Override
        public Viewer viewer() {
            return viewer;
        }
    }
}
