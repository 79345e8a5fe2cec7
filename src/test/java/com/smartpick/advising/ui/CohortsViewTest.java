package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CohortsViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void an_advisor_creates_a_cohort_and_finds_it_in_the_list() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        navigate("advising/cohorts", CohortsView.class);
        test($(Button.class).withId("new-cohort").single()).click();
        String name = TestData.unique("Internal Medicine 2027");
        test($(TextField.class).withId("cohort-name").single()).setValue(name);
        test($(Button.class).withId("cohort-save").single()).click();

        Grid<Cohort> grid = $(Grid.class).withId("cohort-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo(name);
    }

    @Test
    void an_empty_name_keeps_the_dialog_open_with_the_message_beside_the_field() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        navigate("advising/cohorts", CohortsView.class);
        test($(Button.class).withId("new-cohort").single()).click();
        test($(TextField.class).withId("cohort-name").single()).setValue("   ");
        test($(Button.class).withId("cohort-save").single()).click();

        TextField name = $(TextField.class).withId("cohort-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Give the cohort a name.");
    }
}
