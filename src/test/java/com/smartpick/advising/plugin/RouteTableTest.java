package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.ui.PluginView;
import com.smartpick.advising.ui.PluginViews;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of the plugin's views against the views' own access annotations, read here without Vaadin's help, and
 * against the README's list of views.
 */
class RouteTableTest {

    static final String README_HEADING = "### The plugin's views";
    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    static Stream<PluginView> views() {
        return AdvisingRoutes.VIEWS.stream();
    }

    @ParameterizedTest
    @MethodSource("views")
    void each_view_says_itself_who_may_open_it(PluginView view) {
        assertThat(ACCESS.stream().filter(view.view()::isAnnotationPresent)).as(view.path()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void a_menu_entry_is_shown_to_exactly_the_roles_its_view_admits(Role role) {
        PluginViews everything = () -> AdvisingRoutes.VIEWS;
        Viewer viewer = new Viewer(1, "Someone", Set.of(role));
        assertThat(everything.menuFor(viewer)).extracting(PluginView.MenuEntry::view)
                .containsExactlyElementsOf(views().filter(view -> view.menu() != null && admitted(view).contains(role))
                        .map(PluginView::view).toList());
    }

    @Test
    void paths_are_unique() {
        assertThat(views().map(PluginView::path)).doesNotHaveDuplicates();
    }

    @Test
    void the_readmes_list_of_views_is_the_table() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> table = readme.stream().dropWhile(line -> !line.equals(README_HEADING))
                .dropWhile(line -> !line.startsWith("|")).skip(2).takeWhile(line -> line.startsWith("|")).toList();
        assertThat(table).containsExactlyElementsOf(views().map(RouteTableTest::readmeRow).toList());
    }

    private static Set<Role> admitted(PluginView view) {
        Class<?> type = view.view();
        if (type.isAnnotationPresent(AnonymousAllowed.class) || type.isAnnotationPresent(PermitAll.class)) {
            return EnumSet.allOf(Role.class);
        }
        RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
        return roles == null ? EnumSet.noneOf(Role.class)
                : Arrays.stream(roles.value()).map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static String readmeRow(PluginView view) {
        String path = "/advising" + (view.path().isEmpty() ? "" : "/" + view.path().replaceAll(":(\\w+)", "{$1}"));
        String feature = view.feature() == null ? "—" : view.feature().name().toLowerCase(Locale.ROOT);
        PluginView.MenuEntry menu = view.menu();
        String entry = menu == null ? "—" : menu.label() + (menu.card() == null ? "" : " (and a home card)");
        Class<?> type = view.view();
        String openTo = type.isAnnotationPresent(AnonymousAllowed.class) ? "anyone"
                : type.isAnnotationPresent(PermitAll.class) ? "signed in"
                : admitted(view).stream().map(Role::name).collect(Collectors.joining(", "));
        return "| `" + path + "` | " + type.getSimpleName() + " | " + (view.inMainLayout() ? "MainLayout" : "own page")
                + " | " + feature + " | " + entry + " | " + openTo + " |";
    }
}
