package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.readiness.Flag;
import com.smartpick.advising.readiness.ReadinessRow;
import com.smartpick.advising.readiness.ui.ReadinessView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
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
