package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.statement.ui.SharedStatementView;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PersonalStatementViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired StatementService statements;

    @Test
    @SuppressWarnings("unchecked")
    void a_student_starts_a_draft_writes_it_and_a_save_from_a_stale_tab_is_refused_with_a_message() {
        SignIn.as(new TestData(db).world().studentA());
        navigate("advising/statements", PersonalStatementView.class);
        test($(TextField.class).withId("statement-new-title").single()).setValue("Internal Medicine");
        test($(Button.class).withId("statement-create").single()).click();
        Grid<PersonalStatement> grid = $(Grid.class).withId("statement-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);

        test($(TextArea.class).withId("statement-body").single()).setValue("Why internal medicine");
        test($(Button.class).withId("statement-save").single()).click();
        assertThat(statements.myDrafts().getFirst().body()).isEqualTo("Why internal medicine");

        PersonalStatement other = statements.myDrafts().getFirst();
        statements.save(other.id(), other.version(), other.title(), "Saved in another tab");
        test($(TextArea.class).withId("statement-body").single()).setValue("Saved in this tab");
        test($(Button.class).withId("statement-save").single()).click();
        assertThat($(Notification.class).last().getElement().getProperty("text")).contains("changed by someone else");
        assertThat(statements.myDrafts().getFirst().body()).isEqualTo("Saved in another tab");
    }

    @Test
    void a_shared_draft_is_read_and_commented_on_by_the_mentor_from_the_students_page_and_the_student_reads_it() {
        World world = new TestData(db).world();
        SignIn.as(world.studentA());
        PersonalStatement draft = statements.create("Internal Medicine");
        statements.save(draft.id(), draft.version(), draft.title(), "The night I first managed a patient…");
        PersonalStatement kept = statements.create("Family Medicine");

        SignIn.as(world.mentorA());
        navigate("advising/statements/" + draft.id(), SharedStatementView.class);
        assertThat($(H1.class).withId("not-found").exists()).isTrue();
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        assertThat(text("student-statements")).contains("None shared yet");

        SignIn.as(world.studentA());
        navigate("advising/statements", PersonalStatementView.class);
        select(draft.id());
        test($(Button.class).withId("statement-share").single()).click();
        assertThat(text("statement-readers")).startsWith("Shared since");
        assertThat($(Button.class).withId("statement-unshare").exists()).isTrue();

        SignIn.as(world.mentorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        assertThat(text("student-statements")).contains("Internal Medicine").doesNotContain("Family Medicine");
        navigate("advising/statements/" + draft.id(), SharedStatementView.class);
        assertThat(text("shared-statement-body")).isEqualTo("The night I first managed a patient…");
        assertThat($(Anchor.class).withId("shared-statement-student").single().getHref())
                .endsWith("students/" + world.studentA().personId());
        test($(TextArea.class).withId("feedback-body").single()).setValue("Open with the patient, not the CV.");
        test($(Button.class).withId("feedback-add").single()).click();
        navigate("advising/statements/" + kept.id(), SharedStatementView.class);
        assertThat($(H1.class).withId("not-found").exists()).isTrue();

        SignIn.as(world.studentA());
        navigate("advising/statements", PersonalStatementView.class);
        select(draft.id());
        assertThat(text("feedback-list")).contains("Open with the patient, not the CV.");
        test($(Button.class).withId("statement-unshare").single()).click();
        SignIn.as(world.mentorA());
        navigate("advising/statements/" + draft.id(), SharedStatementView.class);
        assertThat($(H1.class).withId("not-found").exists()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private void select(long draftId) {
        Grid<PersonalStatement> grid = $(Grid.class).withId("statement-grid").single();
        grid.select(statements.myDrafts().stream().filter(s -> s.id() == draftId).findFirst().orElseThrow());
    }

    private String text(String id) {
        return $(Component.class).withId(id).single().getElement().getTextRecursively();
    }
}
