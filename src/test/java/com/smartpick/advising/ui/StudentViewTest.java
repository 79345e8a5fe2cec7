package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.student.ui.StudentView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.html.H1;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StudentViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    void a_mentor_opens_a_mentee_but_a_foreign_id_typed_in_the_url_answers_not_found() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.mentorA());

        navigate("advising/students/" + world.studentA().personId(), StudentView.class);
        assertThat($(H1.class).first().getText()).isEqualTo(world.studentA().displayName());

        navigate("advising/students/" + world.studentB().personId(), StudentView.class);
        assertThat($(H1.class).withId("not-found").single().getText()).isEqualTo("Student not found");
        assertThat($(H1.class).withText(world.studentB().displayName()).all()).isEmpty();
    }

    @Test
    void a_malformed_id_is_not_found_too() {
        SignIn.as(new TestData(db).person("Advisor", Role.ADVISOR));
        navigate("advising/students/abc", StudentView.class);
        assertThat($(H1.class).withId("not-found").exists()).isTrue();
    }
}
