package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.AdvisingViews;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The navigation and the home page's cards against navigation itself: for every combination of roles a person may
 * hold, each view with a menu entry is really opened, and its entry (and its card, if it has one) is offered exactly
 * when the view opened rather than Vaadin refusing it. The views come from the class path, not from the route table,
 * so a view the table left out fails here too (its address opens nothing).
 */
class MenuAccessTest extends ViewTest {

    @Autowired DSLContext db;

    static Stream<Set<Role>> roleSets() {
        Role[] roles = Role.values();
        return IntStream.range(1, 1 << roles.length).mapToObj(bits -> {
            Set<Role> set = EnumSet.noneOf(Role.class);
            Arrays.stream(roles).filter(role -> (bits & (1 << role.ordinal())) != 0).forEach(set::add);
            return set;
        });
    }

    @ParameterizedTest
    @MethodSource("roleSets")
    void the_menu_and_the_cards_offer_exactly_the_views_that_open(Set<Role> roles) {
        SignIn.as(new TestData(db).person("Someone", roles.toArray(Role[]::new)));
        navigate("advising", HomeView.class);
        List<String> menu = $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
        List<String> cards = $(Div.class).withClassName("cards").thenOnFirst(RouterLink.class).all().stream()
                .map(RouterLink::getText).toList();

        List<String> opened = new ArrayList<>();
        List<String> openedWithCard = new ArrayList<>();
        for (Class<? extends Component> view : AdvisingViews.all()) {
            InMenu entry = view.getAnnotation(InMenu.class);
            if (entry == null) {
                continue;
            }
            UI.getCurrent().navigate(AdvisingViews.address(view));
            HasElement shown = getCurrentView();
            if (view.isInstance(shown)) {
                opened.add(entry.label());
                if (!entry.card().isEmpty()) {
                    openedWithCard.add(entry.label());
                }
            } else {
                assertThat(shown).as("%s for %s: neither opened nor refused", view.getSimpleName(), roles)
                        .isInstanceOf(AccessDeniedError.class);
            }
        }
        assertThat(menu).as("menu of %s", roles).containsExactlyInAnyOrderElementsOf(opened);
        assertThat(cards).as("cards of %s", roles).containsExactlyInAnyOrderElementsOf(openedWithCard);
    }
}
