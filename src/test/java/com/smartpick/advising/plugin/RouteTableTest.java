package com.smartpick.advising.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.AdvisingViews;
import com.smartpick.advising.ui.PluginView;
import com.smartpick.advising.ui.PluginViews;
import com.smartpick.advising.ui.ViewTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The route table as the views declare it ({@link AdvisingView}, {@link InMenu}, their access annotation), and the
 * README's list of views, which is that table with every feature on.
 */
class RouteTableTest extends ViewTest {

    static final String README_HEADING = "### The plugin's views";
    private static final List<Class<? extends Annotation>> ACCESS = List.of(AnonymousAllowed.class, PermitAll.class,
            RolesAllowed.class, DenyAll.class);

    @Autowired PluginViews table;

    static Stream<Class<? extends Component>> views() {
        return AdvisingViews.all().stream();
    }

    @ParameterizedTest
    @MethodSource("views")
    void each_view_says_itself_who_may_open_it(Class<? extends Component> view) {
        assertThat(ACCESS.stream().filter(view::isAnnotationPresent)).as(view.getName()).hasSize(1);
    }

    @Test
    void paths_are_unique() {
        assertThat(views().map(view -> view.getAnnotation(AdvisingView.class).value())).doesNotHaveDuplicates();
    }

    @Test
    void menu_entries_have_places_of_their_own() {
        assertThat(views().map(view -> view.getAnnotation(InMenu.class)).filter(Objects::nonNull).map(InMenu::order))
                .doesNotHaveDuplicates();
    }

    @Test
    void the_readmes_list_of_views_is_the_table() throws IOException {
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> rows = readme.stream().dropWhile(line -> !line.equals(README_HEADING))
                .dropWhile(line -> !line.startsWith("|")).skip(2).takeWhile(line -> line.startsWith("|")).toList();
        assertThat(rows).containsExactlyElementsOf(table.registered().stream().map(RouteTableTest::readmeRow).toList());
    }

    private static String readmeRow(PluginView view) {
        String path = "/advising" + (view.path().isEmpty() ? "" : "/" + view.path().replaceAll(":(\\w+)", "{$1}"));
        String feature = view.feature() == null ? "—" : view.feature().name().toLowerCase(Locale.ROOT);
        InMenu menu = view.menu();
        String entry = menu == null ? "—" : menu.label() + (menu.card().isEmpty() ? "" : " (and a home card)");
        Class<?> type = view.view();
        RolesAllowed roles = type.getAnnotation(RolesAllowed.class);
        String openTo = type.isAnnotationPresent(AnonymousAllowed.class) ? "anyone"
                : type.isAnnotationPresent(PermitAll.class) ? "signed in"
                : Arrays.stream(roles == null ? new String[0] : roles.value()).map(Role::valueOf).sorted()
                        .map(Role::name).collect(Collectors.joining(", "));
        return "| `" + path + "` | " + type.getSimpleName() + " | " + (view.inMainLayout() ? "MainLayout" : "own page")
                + " | " + feature + " | " + entry + " | " + openTo + " |";
    }
}
