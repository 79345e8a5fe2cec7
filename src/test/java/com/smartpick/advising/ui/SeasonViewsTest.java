package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.season.ui.CohortSeasonView;
import com.smartpick.advising.season.ui.MySeasonView;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class SeasonViewsTest extends ViewTest {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void an_advisor_sets_the_cohort_s_own_date_beside_the_published_default() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long cohort = data.cohort("Calendar cohort", advisor);
        SignIn.as(advisor);

        navigate("advising/season/cohorts", CohortSeasonView.class);

        ComboBox<com.smartpick.advising.cohort.Cohort> choice = $(ComboBox.class).withId("season-cohort").single();
        assertThat(choice.getValue().id()).isEqualTo(cohort);
        Div rol = $(Div.class).withId("season-rol-deadline").single();
        assertThat(rol.getElement().getTextRecursively()).contains("estimate").contains("16 days before Match Day");
        test($(DatePicker.class).withId("season-rol-deadline-starts").single()).setValue(LocalDate.of(2027, 2, 24));
        test($(Button.class).withId("season-rol-deadline-save").single()).click();

        rol = $(Div.class).withId("season-rol-deadline").single();
        assertThat(rol.getElement().getTextRecursively()).contains("cohort's date").contains("published default");
        assertThat($(DatePicker.class).withId("season-rol-deadline-starts").single().getValue())
                .isEqualTo(LocalDate.of(2027, 2, 24));
        // a range's last day is its own field
        assertThat($(DatePicker.class).withId("season-match-week-ends").single().getValue()).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @Test
    void a_student_sees_her_late_tasks_the_month_confirms_a_task_and_keeps_her_calendar_link() {
        TestData data = new TestData(db);
        Viewer advisor = data.person("Advisor", Role.ADVISOR);
        long cohort = data.cohort("Student season cohort", advisor);
        Viewer student = data.person("Student", Role.STUDENT);
        data.enroll(cohort, student);
        SignIn.as(student);

        navigate("advising/season", MySeasonView.class);

        // the default submission date (2 Sept 2026) is past: her tasks due then are late
        assertThat($(Paragraph.class).withId("season-late-banner").single().getText()).endsWith("tasks are late.");
        assertThat($(Div.class).withId("season-task-letters_approved").single().getClassNames()).contains("late");
        assertThat($(H3.class).withId("season-month-title").single().getText()).isEqualTo(MONTH.format(YearMonth.now()));
        test($(Button.class).withId("season-month-next").single()).click();
        assertThat($(H3.class).withId("season-month-title").single().getText())
                .isEqualTo(MONTH.format(YearMonth.now().plusMonths(1)));

        test($(Checkbox.class).withId("season-confirm-statement_final").single()).click();
        assertThat($(Div.class).withId("season-task-statement_final").single().getElement().getTextRecursively())
                .startsWith("Done");

        test($(Button.class).withId("season-feed-make").single()).click();
        String link = $(TextField.class).withId("season-feed-link").single().getValue();
        assertThat(link).contains("/advising/api/season/calendar/").endsWith(".ics");
        test($(Button.class).withId("season-feed-revoke").single()).click();
        assertThat($(TextField.class).withId("season-feed-link").exists()).isFalse();
        assertThat($(Button.class).withId("season-feed-revoke").exists()).isFalse();
    }

    @Test
    void the_student_s_page_shows_her_late_tasks_to_her_mentor() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.mentorA());

        navigate("advising/students/" + world.studentA().personId(), StudentView.class);

        assertThat($(H2.class).withId("student-season-tasks").single().getText()).matches("Season tasks \\(\\d late\\)");
        assertThat($(Div.class).withId("season-task-letters_approved").single().getClassNames()).contains("late");
        assertThat($(Checkbox.class).all()).as("staff read her tasks, only she confirms").isEmpty();
    }
}
