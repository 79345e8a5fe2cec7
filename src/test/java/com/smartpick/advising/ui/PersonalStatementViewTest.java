package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.statement.ui.PersonalStatementView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
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
}
