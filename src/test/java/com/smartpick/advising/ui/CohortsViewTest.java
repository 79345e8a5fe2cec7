package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.cohort.Cohort;
import com.smartpick.advising.cohort.CohortMember;
import com.smartpick.advising.cohort.EnrollmentStatus;
import com.smartpick.advising.cohort.ui.CohortsView;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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

    @Test
    @SuppressWarnings("unchecked")
    void the_enroll_picker_offers_only_students_the_cohort_may_take() {
        TestData data = new TestData(db);
        Viewer advisor = SignIn.as(data.person("Advisor", Role.ADVISOR));
        String tag = TestData.unique("Picker").replace(' ', '-');
        Viewer free = data.person(tag + " free", Role.STUDENT);
        data.enroll(data.cohort("Someone else's", data.person("Other advisor", Role.ADVISOR)),
                data.person(tag + " taken", Role.STUDENT));
        data.cohort("Mine", advisor);
        navigate("advising/cohorts", CohortsView.class);
        test($(Grid.class).withId("cohort-grid").single()).select(0);

        ComboBox<PersonSummary> picker = $(ComboBox.class).withId("enroll-student").single();
        test(picker).setFilter(tag);
        assertThat(test(picker).getSuggestionItems()).extracting(PersonSummary::id).containsExactly(free.personId());
    }

    @Test
    @SuppressWarnings("unchecked")
    void withdrawing_asks_first_then_keeps_the_student_listed_as_withdrawn_with_a_way_back() {
        TestData data = new TestData(db);
        Viewer advisor = SignIn.as(data.person("Advisor", Role.ADVISOR));
        long cohort = data.cohort("Withdrawals", advisor);
        Viewer student = data.person("Student", Role.STUDENT);
        data.enroll(cohort, student);
        navigate("advising/cohorts", CohortsView.class);
        test($(Grid.class).withId("cohort-grid").single()).select(0);
        Grid<CohortMember> members = $(Grid.class).withId("member-grid").single();

        test(button(test(members).getCellComponent(0, 3), "Withdraw " + student.displayName())).click();
        assertThat(statusOf(cohort, student)).isEqualTo("ACTIVE");
        test($(Button.class).withId("withdraw-confirm").single()).click();

        assertThat(statusOf(cohort, student)).isEqualTo("WITHDRAWN");
        members = $(Grid.class).withId("member-grid").single();
        assertThat(test(members).getRow(0).status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        test(button(test(members).getCellComponent(0, 3), "Enroll again")).click();
        assertThat(statusOf(cohort, student)).isEqualTo("ACTIVE");
    }

    /** The row's button named so (its text, or its accessible name when it shows only an icon). */
    private static Button button(Component actions, String name) {
        return actions.getChildren().filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> name.equals(b.getText()) || b.getAriaLabel().filter(name::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private String statusOf(long cohort, Viewer student) {
        return db.select(ENROLLMENT.STATUS).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohort)).and(ENROLLMENT.STUDENT_ID.eq(student.personId()))
                .fetchSingle(ENROLLMENT.STATUS);
    }
}
