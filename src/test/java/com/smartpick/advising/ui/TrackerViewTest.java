package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.TRACKED_PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.tracker.CohortProgress;
import com.smartpick.advising.tracker.TrackedProgram;
import com.smartpick.advising.tracker.ui.CohortApplicationsView;
import com.smartpick.advising.tracker.ui.MyApplicationsView;
import com.smartpick.advising.tracker.ui.OutcomesView;
import com.smartpick.advising.tracker.ui.StudentApplicationsView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TrackerViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired RankedListService lists;

    RankedList publish(TestData.World world, Viewer student) {
        SignIn.as(world.admin());
        RankedList list = lists.run(student.personId(), Specialty.INTERNAL_MEDICINE, 15, RecordedInputs.NONE);
        list = lists.submitForReview(list.id(), list.version());
        list = lists.approve(list.id(), list.version());
        return lists.publish(list.id(), list.version());
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_student_selects_every_program_and_marks_them_applied_in_one_action() {
        TestData.World world = new TestData(db).world();
        RankedList list = publish(world, world.studentA());
        SignIn.as(world.studentA());

        navigate("advising/applications", MyApplicationsView.class);
        Grid<TrackedProgram> grid = $(Grid.class).withId("tracker-grid").single();
        int programs = test(grid).size();
        assertThat(programs).isEqualTo(list.keptEntries().size());
        grid.asMultiSelect().select(grid.getGenericDataView().getItems().toList());
        $(DatePicker.class).withId("tracker-day").single().setValue(LocalDate.now().minusDays(2));
        test($(Button.class).withId("tracker-mark-applied").single()).click();

        assertThat(db.fetchCount(TRACKED_PROGRAM, TRACKED_PROGRAM.STUDENT_ID.eq(world.studentA().personId())
                .and(TRACKED_PROGRAM.APPLIED_ON.eq(LocalDate.now().minusDays(2))))).isEqualTo(programs);
        assertThat($(Div.class).withId("tracker-figures").single().getElement().getTextRecursively())
                .contains("Applied" + programs + " of " + programs);
        assertThat(grid.getSelectedItems()).isEmpty();

        // an invitation before the application is refused for every row, and shown by its field's name
        grid.asMultiSelect().select(test(grid).getRow(0));
        $(DatePicker.class).withId("tracker-day").single().setValue(LocalDate.now().minusDays(5));
        test($(Button.class).withId("tracker-mark-invited").single()).click();
        assertThat($(Div.class).withId("tracker-errors").single().getElement().getTextRecursively())
                .contains("cannot come before the application");
        assertThat(db.fetchCount(TRACKED_PROGRAM, TRACKED_PROGRAM.STUDENT_ID.eq(world.studentA().personId())
                .and(TRACKED_PROGRAM.INVITED_ON.isNotNull()))).isZero();
    }

    @Test
    void staff_open_their_students_tracker_and_a_foreign_one_is_not_found() {
        TestData.World world = new TestData(db).world();
        publish(world, world.studentA());
        SignIn.as(world.mentorA());

        navigate("advising/applications/students/" + world.studentA().personId(), StudentApplicationsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Applications · " + world.studentA().displayName());
        assertThat($(Grid.class).withId("tracker-grid").exists()).isTrue();

        navigate("advising/applications/students/" + world.studentB().personId(), StudentApplicationsView.class);
        assertThat($(H1.class).withId("not-found").single().getText()).isEqualTo("Student not found");
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_advisor_sees_the_cohort_with_who_needs_help_first_and_the_outcomes_page() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());

        navigate("advising/applications/cohorts", CohortApplicationsView.class);
        Grid<CohortProgress> grid = $(Grid.class).withId("applications-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).help()).isNotEmpty();
        assertThat($(Div.class).withId("applications-summary").single().getText()).contains("1 need help now");

        navigate("advising/applications/outcomes", OutcomesView.class);
        assertThat($(Div.class).withId("outcomes").single().getElement().getTextRecursively())
                .contains("No student of this cohort has tracked a season yet.");
    }

    @Test
    void the_outcomes_page_draws_the_reliability_chart_and_warns_of_a_small_sample() {
        TestData.World world = new TestData(db).world();
        int past = com.smartpick.advising.smartpick.engine.Season.matchYearOn(LocalDate.now()) - 1;
        for (int i = 0; i < 12; i++) {
            LocalDate applied = LocalDate.of(past - 1, 9, 25);
            db.insertInto(TRACKED_PROGRAM).set(TRACKED_PROGRAM.STUDENT_ID, world.studentA().personId())
                    .set(TRACKED_PROGRAM.MATCH_YEAR, past).set(TRACKED_PROGRAM.LIST_ID, 1L)
                    .set(TRACKED_PROGRAM.PROGRAM_ID, "IM-" + i).set(TRACKED_PROGRAM.PROGRAM_NAME, "Program " + i)
                    .set(TRACKED_PROGRAM.LIST_POSITION, i + 1).set(TRACKED_PROGRAM.PREDICTED_INTERVIEW, i / 12.0)
                    .set(TRACKED_PROGRAM.LIST_MATCH_CHANCE, 0.6).set(TRACKED_PROGRAM.LIST_EXPECTED_INTERVIEWS, 5.5)
                    .set(TRACKED_PROGRAM.APPLIED_ON, applied)
                    .set(TRACKED_PROGRAM.INVITED_ON, i % 2 == 0 ? applied.plusDays(30) : null)
                    .set(TRACKED_PROGRAM.UPDATED_BY, world.studentA().personId())
                    .set(TRACKED_PROGRAM.UPDATED_AT, java.time.OffsetDateTime.now()).execute();
        }
        SignIn.as(world.advisorA());

        navigate("advising/applications/outcomes", OutcomesView.class);

        assertThat($(Image.class).withId("outcomes-chart").single().getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat($(Paragraph.class).withId("outcomes-sample-note").single().getText()).startsWith("n is small (12 programs");
        assertThat($(Div.class).withId("outcomes-figures").single().getElement().getTextRecursively())
                .contains("Programs applied to12").contains("Interviews expected / received5.5 / 6");
        assertThat(List.of($(Grid.class).withId("outcomes-bands").single().getId().orElseThrow())).isNotEmpty();
    }
}
