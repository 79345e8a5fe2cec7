package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditEntry;
import com.smartpick.advising.audit.Disclosure;
import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuditViewsTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void a_student_sees_that_their_mentor_opened_their_profile() {
        World world = new TestData(db).world();
        SignIn.as(world.mentorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        SignIn.as(world.mentorB());
        navigate("advising/students/" + world.studentB().personId(), StudentView.class);

        SignIn.as(world.studentA());
        navigate("advising/who-viewed-my-record", DisclosuresView.class);
        Grid<Disclosure> grid = $(Grid.class).withId("disclosure-grid").single();
        assertThat(grid.getLazyDataView().getItems().toList()).singleElement().satisfies(d -> {
            assertThat(d.who()).isEqualTo(world.mentorA().displayName());
            assertThat(d.roles()).isEqualTo("MENTOR");
            assertThat(d.what()).isEqualTo("Your applicant profile");
            assertThat(d.timesInWords()).isEqualTo("2 times");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_narrows_the_trail_to_one_student_and_one_action_and_can_export_it() {
        World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        long letter = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "SUBMITTED", false, "x");
        navigate("advising/letters/" + letter, com.smartpick.advising.letter.ui.LetterView.class);

        SignIn.as(world.admin());
        navigate("advising/audit", AuditTrailView.class);
        ComboBox<PersonSummary> student = $(ComboBox.class).withId("audit-student").single();
        student.setValue(new PersonSummary(world.studentA().personId(), world.studentA().displayName(), null, Set.of()));
        Grid<AuditEntry> grid = $(Grid.class).withId("audit-grid").single();
        assertThat(grid.getLazyDataView().getItems().map(AuditEntry::action).toList())
                .containsExactly("letter.read", "profile.read");

        test($(TextField.class).withId("audit-action").single()).setValue("letter.");
        assertThat(grid.getLazyDataView().getItems().map(AuditEntry::subjectId).toList()).containsExactly(letter);
        assertThat($(Anchor.class).withId("audit-export").single().getHref()).isNotBlank();
    }
}
