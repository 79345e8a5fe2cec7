package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.ERAS_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.eras.VerifiedExperience;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.support.ExperienceData;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ErasViewTest extends ViewTest {

    @Autowired DSLContext db;

    @Test
    @SuppressWarnings("unchecked")
    void a_student_adds_a_verified_record_writes_with_a_live_counter_and_saves() {
        World world = new TestData(db).world();
        long record = new ExperienceData(db).record(world.studentA(), "VERIFIED", true, "US", LocalDate.of(2025, 1, 6),
                LocalDate.of(2025, 2, 28), 20);
        SignIn.as(world.studentA());
        navigate("advising/eras", ErasView.class);

        ComboBox<VerifiedExperience> candidate = $(ComboBox.class).withId("eras-candidate").single();
        candidate.setValue(candidate.getListDataView().getItems().filter(c -> c.recordId() == record).findFirst().orElseThrow());
        test($(Button.class).withId("eras-add").single()).click();

        TextArea description = $(TextArea.class).withId("eras-description-1").single();
        assertThat(description.getMaxLength()).isEqualTo(750);
        assertThat(description.getValueChangeMode()).isEqualTo(ValueChangeMode.EAGER);
        test(description).setValue("Managed eight ward patients a day.");
        assertThat(description.getHelperText()).isEqualTo("34 / 750");
        test($(Checkbox.class).withId("eras-meaningful-1").single()).click();
        TextArea note = $(TextArea.class).withId("eras-note-1").single();
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getMaxLength()).isEqualTo(300);
        test(note).setValue("I learned to own a patient.");
        test($(Button.class).withId("eras-save").single()).click();

        assertThat(db.fetchValue(db.select(ERAS_ENTRY.DESCRIPTION).from(ERAS_ENTRY).where(ERAS_ENTRY.RECORD_ID.eq(record))))
                .isEqualTo("Managed eight ward patients a day.");
    }

    @Test
    void a_mentor_opens_a_mentees_selection_and_another_mentor_finds_nothing() {
        World world = new TestData(db).world();
        SignIn.as(world.mentorA());
        navigate("advising/eras/" + world.studentA().personId(), ErasView.class);
        assertThat($(Button.class).withId("eras-save").exists()).isTrue();

        SignIn.as(world.mentorB());
        navigate("advising/eras/" + world.studentA().personId(), ErasView.class);
        assertThat($(H1.class).withId("not-found").single().getText()).isEqualTo("Student not found");
    }
}
