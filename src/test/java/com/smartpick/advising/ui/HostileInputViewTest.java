package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.UserText;
import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.profile.ui.MyProfileView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.support.HostileInputs;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Hostile text typed into the forms comes back as the same (cleaned) text, never as markup or an error page. */
class HostileInputViewTest extends ViewTest {

    @Autowired DSLContext db;

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    @SuppressWarnings("unchecked")
    void a_hostile_cohort_name_typed_in_the_dialog_is_listed_as_text_or_refused_beside_the_field(String hostile) {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        navigate("advising/cohorts", CohortsView.class);
        test($(Button.class).withId("new-cohort").single()).click();
        TextField name = $(TextField.class).withId("cohort-name").single();
        test(name).setValue(hostile);
        test($(Button.class).withId("cohort-save").single()).click();

        String expected = UserText.line(hostile);
        if (expected.isEmpty()) {
            assertThat(name.isInvalid()).isTrue();
            assertThat(name.getErrorMessage()).isEqualTo("Give the cohort a name.");
            return;
        }
        Grid<Cohort> grid = $(Grid.class).withId("cohort-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo(expected);
        assertThat(getCurrentView()).isInstanceOf(CohortsView.class);
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void a_hostile_medical_school_is_saved_and_shown_back_as_text_or_refused_beside_the_field(String hostile) {
        SignIn.as(new TestData(db).person("Student", Role.STUDENT));
        navigate("advising/profile", MyProfileView.class);
        TextField school = $(TextField.class).withId("medical-school").single();
        test(school).setValue(hostile);
        test($(TextField.class).withId("school-country").single()).setValue("Philippines");
        test($(com.vaadin.flow.component.textfield.IntegerField.class).withId("graduation-year").single()).setValue(2022);
        test($(Button.class).withId("save-profile").single()).click();

        String expected = UserText.line(hostile);
        if (expected.isEmpty()) {
            assertThat(school.isInvalid()).isTrue();
            return;
        }
        assertThat(school.isInvalid()).as(school.getErrorMessage()).isFalse();
        assertThat(school.getValue()).isEqualTo(expected);
        assertThat(HostileInputs.hasForbiddenCharacters(school.getValue())).isFalse();
    }
}
