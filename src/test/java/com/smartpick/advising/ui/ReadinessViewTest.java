package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.readiness.Flag;
import com.smartpick.advising.readiness.ReadinessRow;
import com.smartpick.advising.readiness.ui.ReadinessView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReadinessViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void an_advisor_sees_their_students_the_figures_the_chart_and_filters_by_flag() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long cohort = data.cohort("Dashboard cohort", advisor);
        Viewer withMentor = data.person("Student", Role.STUDENT);
        Viewer withoutMentor = data.person("Student", Role.STUDENT);
        data.enroll(cohort, withMentor);
        data.enroll(cohort, withoutMentor);
        data.assign(cohort, withMentor, data.person("Mentor", Role.MENTOR));
        SignIn.as(advisor);

        navigate("advising/readiness", ReadinessView.class);

        Grid<ReadinessRow> grid = $(Grid.class).withId("readiness-grid").single();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat($(Image.class).withId("readiness-chart").single().getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat($(Div.class).withId("readiness-figures").single().getElement().getTextRecursively())
                .contains("2Students").contains("1no mentor");
        assertThat($(Anchor.class).withId("readiness-export").single().getHref()).isNotBlank();

        ComboBox<Flag> flag = $(ComboBox.class).withId("readiness-flag").single();
        flag.setValue(Flag.NO_MENTOR);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).studentId()).isEqualTo(withoutMentor.personId());
        assertThat(test(grid).getRow(0).flags()).extracting(f -> f.flag()).contains(Flag.NO_MENTOR);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_clicked_figure_filters_the_grid_says_so_and_is_undone_and_a_name_narrows_it() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long cohort = data.cohort("Figures cohort", advisor);
        Viewer withMentor = data.person("Student", Role.STUDENT);
        Viewer withoutMentor = data.person("Student", Role.STUDENT);
        data.enroll(cohort, withMentor);
        data.enroll(cohort, withoutMentor);
        data.assign(cohort, withMentor, data.person("Mentor", Role.MENTOR));
        db.update(PERSON).set(PERSON.DISPLAY_NAME, "Renée Okafor").where(PERSON.ID.eq(withoutMentor.personId())).execute();
        SignIn.as(advisor);
        navigate("advising/readiness", ReadinessView.class);
        Grid<ReadinessRow> grid = $(Grid.class).withId("readiness-grid").single();
        assertThat($(Div.class).withId("readiness-shown").all()).as("hidden while no figure is chosen").isEmpty();

        test($(NativeButton.class).withId("readiness-figure-NO_MENTOR").single()).click();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).studentId()).isEqualTo(withoutMentor.personId());
        Div shown = $(Div.class).withId("readiness-shown").single();
        assertThat(shown.getElement().getTextRecursively()).contains("Showing only: no mentor");
        // the figures still count both students, so another figure can be chosen from here
        assertThat($(NativeButton.class).withId("readiness-figure-all").single().getElement().getTextRecursively()).isEqualTo("2Students");
        assertThat($(NativeButton.class).withId("readiness-figure-NO_MENTOR").single().getElement().getAttribute("aria-pressed"))
                .isEqualTo("true");

        test($(Button.class).withId("readiness-show-all").single()).click();
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat($(Div.class).withId("readiness-shown").all()).isEmpty();
        assertThat($(ComboBox.class).withId("readiness-flag").single().getValue()).isNull();

        test($(TextField.class).withId("readiness-name").single()).setValue("RENEE");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).studentId()).isEqualTo(withoutMentor.personId());
        assertThat($(NativeButton.class).withId("readiness-figure-all").single().getElement().getTextRecursively()).isEqualTo("1Students");
        test($(NativeButton.class).withId("readiness-figure-ready").single()).click();
        assertThat(test(grid).size()).isZero();
        assertThat(shown.getElement().getTextRecursively()).contains("Showing only: Ready (no flags)");
        assertThat($(ComboBox.class).withId("readiness-flag").single().getLabel()).isEqualTo("Flag");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_link_with_a_flag_opens_the_dashboard_filtered_by_it_and_an_unknown_flag_filters_nothing() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long cohort = data.cohort("Linked cohort", advisor);
        Viewer withMentor = data.person("Student", Role.STUDENT);
        data.enroll(cohort, withMentor);
        data.enroll(cohort, data.person("Student", Role.STUDENT));
        data.assign(cohort, withMentor, data.person("Mentor", Role.MENTOR));
        SignIn.as(advisor);

        UI.getCurrent().navigate("advising/readiness", ReadinessView.flagged(Flag.NO_MENTOR));
        assertThat($(ComboBox.class).withId("readiness-flag").single().getValue()).isEqualTo(Flag.NO_MENTOR);
        assertThat(test((Grid<ReadinessRow>) $(Grid.class).withId("readiness-grid").single()).size()).isEqualTo(1);

        navigate("advising", HomeView.class);
        UI.getCurrent().navigate("advising/readiness", QueryParameters.of("flag", "DROP TABLE"));
        assertThat($(ComboBox.class).withId("readiness-flag").single().getValue()).isNull();
        assertThat(test((Grid<ReadinessRow>) $(Grid.class).withId("readiness-grid").single()).size()).isEqualTo(2);
    }
}
