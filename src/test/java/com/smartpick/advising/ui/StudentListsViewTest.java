package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.LETTER;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.Tier;
import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class StudentListsViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    @Autowired LetterProgramService letterPrograms;

    @Test
    void an_advisor_moves_the_budget_slider_saves_a_version_and_takes_it_to_published() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(Paragraph.class).withId("no-list").exists()).isTrue();
        assertThat($(Paragraph.class).withTextContaining("From records: none yet.").exists()).isTrue();
        assertThat(text($(Div.class).withId("live-preview").single())).contains("40applications");

        $(Input.class).withId("budget-slider").single().setValue("12");

        assertThat($(Span.class).withId("budget-value").single().getText()).isEqualTo("12 applications");
        assertThat(text($(Div.class).withId("live-preview").single())).contains("12applications");
        assertThat($(Html.class).first().getInnerHtml()).contains("<svg").contains("12 → ");
        test($(Button.class).withId("run-list").single()).click();

        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Draft");
        assertThat($(Div.class).withClassName("entry-card").all()).hasSize(12);
        test($(Button.class).withId("submit-review").single()).click();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("In review");
        test($(Button.class).withId("approve-list").single()).click();
        assertThat($(TextArea.class).withId("step-reason").exists()).isFalse();
        test($(Button.class).withId("step-confirm").single()).click();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Approved");
        test($(Button.class).withId("publish-list").single()).click();
        assertThat($(Paragraph.class).withId("step-consequence").single().getText()).contains("cannot be changed or taken back");
        test($(Button.class).withId("step-cancel").single()).click();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Approved");
        test($(Button.class).withId("publish-list").single()).click();
        test($(Button.class).withId("step-confirm").single()).click();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Published");
    }

    @Test
    void an_open_concern_is_resolved_by_its_author_or_approved_over_with_a_reason_the_page_then_shows() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 12, RecordedInputs.NONE);
        list = lists.submitForReview(list.id(), list.version());
        SignIn.as(world.mentorA());
        lists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.CONCERN, "Needs hands-on USCE");
        lists.annotate(list.id(), list.entries().get(1).id(), AnnotationKind.CONCERN, "Visa record is thin");
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        test($(Button.class).withClassName("resolve-concern").first()).click();
        test($(Button.class).withId("step-confirm").single()).click();
        assertThat($(Span.class).withText("Concern (resolved)").all()).hasSize(1);
        assertThat($(Button.class).withClassName("resolve-concern").all()).hasSize(1);

        SignIn.as(world.advisorA());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(Button.class).withClassName("resolve-concern").exists()).isFalse();
        test($(Button.class).withId("approve-list").single()).click();
        assertThat($(Paragraph.class).withId("step-consequence").single().getText()).startsWith("1 concern is still open");
        test($(Button.class).withId("step-confirm").single()).click();
        assertThat($(TextArea.class).withId("step-reason").single().isInvalid()).isTrue();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("In review");

        test($(TextArea.class).withId("step-reason").single()).setValue("She starts a hands-on rotation in January.");
        test($(Button.class).withId("step-confirm").single()).click();

        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Approved");
        assertThat($(Paragraph.class).withId("approval-override").single().getText())
                .isEqualTo("Approved over open concerns: She starts a hands-on rotation in January.");
    }

    @Test
    void an_exclusion_is_undone_from_its_notification() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 12, RecordedInputs.NONE);
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        test($(Button.class).withClassName("exclude-button").first()).click();
        test($(TextArea.class).withId("entry-dialog-text").single()).setValue("Closed to IMGs");
        test($(Button.class).withId("entry-dialog-save").single()).click();
        assertThat(lists.list(list.id()).keptEntries()).hasSize(11);

        test($(Button.class).withId("undo-button").single()).click();

        RankedList after = lists.list(list.id());
        assertThat(after.keptEntries()).hasSize(12);
        assertThat(after.entries()).noneMatch(ListEntry::excluded);
        assertThat($(Button.class).withClassName("include-button").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_advisor_records_a_signal_for_her_student_and_the_live_run_counts_it_a_mentor_only_reads_it() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(Paragraph.class).withId("signals-about").single().getText())
                .contains("Internal Medicine allows 3 gold + 12 silver this season; placed: 0 gold, 0 silver");

        ComboBox<Program> program = $(ComboBox.class).withId("signal-program").single();
        Program chosen = test(program).getSuggestionItems().get(5);
        program.setValue(chosen);
        test($(Button.class).withId("place-signal").single()).click();

        assertThat($(Paragraph.class).withId("signals-about").single().getText()).contains("placed: 1 gold, 0 silver");
        assertThat($(UnorderedList.class).withId("signals-placed").single().getElement().getTextRecursively()).contains("Gold signal · " + chosen.name());
        assertThat(text($(Div.class).withId("live-preview").single())).contains("placedsofar:1gold");

        SignIn.as(world.mentorA());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(UnorderedList.class).withId("signals-placed").single().getElement().getTextRecursively()).contains(chosen.name());
        assertThat($(Button.class).withId("place-signal").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_mentor_annotates_inline_filters_the_entries_and_is_offered_no_run_nor_approval() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 15, RecordedInputs.NONE);
        lists.submitForReview(list.id(), list.version());

        SignIn.as(world.mentorA());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(Button.class).withId("run-list").exists()).isFalse();
        assertThat($(Button.class).withId("approve-list").exists()).isFalse();
        assertThat($(Button.class).withClassName("pin-button").exists()).isFalse();

        test($(Button.class).withClassName("annotate-button").first()).click();
        test($(TextArea.class).withId("entry-dialog-text").single()).setValue("Strong IMG share; she should apply.");
        test($(Button.class).withId("entry-dialog-save").single()).click();

        assertThat($(Span.class).withClassName("annotation-text").single().getText()).isEqualTo("Strong IMG share; she should apply.");
        assertThat($(Span.class).withId("entry-count").single().getText()).isEqualTo("15 programs");
        test($(Checkbox.class).withId("filter-annotated").single()).click();
        assertThat($(Span.class).withId("entry-count").single().getText()).isEqualTo("1 of 15 programs");
        Select<Tier> tier = $(Select.class).withId("filter-tier").single();
        Tier other = list.entries().get(0).tier() == Tier.LIKELY ? Tier.REACH : Tier.LIKELY;
        tier.setValue(other);
        assertThat($(Span.class).withId("entry-count").single().getText()).isEqualTo("0 of 15 programs");
    }

    @Test
    void a_foreign_student_id_answers_not_found() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorB());
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        assertThat($(H1.class).withId("not-found").single().getText()).isEqualTo("Student not found");
        assertThat($(H1.class).withText("SmartPick · " + world.studentA().displayName()).exists()).isFalse();
    }

    @Test
    void a_student_sees_a_plain_message_until_a_version_is_published_and_then_only_its_kept_entries() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        lists.annotate(list.id(), list.entries().get(0).id(), AnnotationKind.CONCERN, "Staff-only worry");
        list = lists.exclude(list.id(), list.version(), list.entries().get(1).id(), "Closed to IMGs this year");
        list = lists.approveOverConcerns(list.id(), lists.submitForReview(list.id(), list.version()).version(),
                "Staff-only override");

        SignIn.as(world.studentA());
        navigate("advising/smartpick/my-list", MyListView.class);
        assertThat($(Paragraph.class).withId("no-published-list").exists()).isTrue();
        assertThat($(Div.class).withClassName("entry-card").exists()).isFalse();

        SignIn.as(world.advisorA());
        lists.publish(list.id(), list.version());
        SignIn.as(world.studentA());
        navigate("advising/smartpick/my-list", MyListView.class);

        assertThat($(Paragraph.class).withId("published-about").exists()).isTrue();
        assertThat($(Div.class).withClassName("entry-card").all()).hasSize(9);
        assertThat($(Span.class).withClassName("annotation-text").exists()).isFalse();
        assertThat($(Span.class).withText(list.entries().get(1).programName()).exists()).isFalse();
        assertThat($(Button.class).withClassName("annotate-button").exists()).isFalse();
    }

    @Test
    void a_student_sends_approved_letters_to_the_programs_of_the_published_list_at_most_four_each() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        list = lists.approve(list.id(), lists.submitForReview(list.id(), list.version()).version());
        lists.publish(list.id(), list.version());
        SignIn.as(world.studentA());
        navigate("advising/smartpick/my-list", MyListView.class);
        assertThat($(Paragraph.class).withId("no-approved-letters").exists()).isTrue();

        for (int i = 1; i <= 5; i++) {
            approvedLetter(world, "Internal Medicine " + i);
        }
        navigate("advising/smartpick/my-list", MyListView.class);
        String program = list.keptEntries().get(0).programId();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> letters = $(MultiSelectComboBox.class).withId("letters-" + program).single();
        String by = world.mentorA().displayName() + " · Internal Medicine ";
        String asked = " · asked " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                .format(java.time.LocalDate.now().minusDays(5));

        test(letters).selectItem(by + 1 + asked, by + 2 + asked, by + 3 + asked, by + 4 + asked);
        assertThat(letters.getHelperText()).isEqualTo("4 letters of 4");
        test(letters).selectItem(by + 1 + asked, by + 2 + asked, by + 3 + asked, by + 4 + asked, by + 5 + asked);
        assertThat(letters.isInvalid()).isTrue();
        assertThat(letters.getErrorMessage()).isEqualTo("ERAS sends at most 4 letters to a program: " + program + " has 5.");
        assertThat(letters.getValue()).hasSize(4);
        assertThat(letterPrograms.myLettersByProgram().get(program)).hasSize(4);
    }

    @Test
    void a_student_places_letters_on_every_program_of_a_tier_at_once_after_seeing_how_many_change() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        RankedList list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        list = lists.approve(list.id(), lists.submitForReview(list.id(), list.version()).version());
        lists.publish(list.id(), list.version());
        approvedLetter(world, "Internal Medicine");
        approvedLetter(world, "Cardiology");
        SignIn.as(world.studentA());
        navigate("advising/smartpick/my-list", MyListView.class);
        Tier tier = list.keptEntries().getFirst().tier();
        List<String> inTier = list.keptEntries().stream().filter(e -> e.tier() == tier).map(e -> e.programId()).toList();
        List<String> others = list.keptEntries().stream().filter(e -> e.tier() != tier).map(e -> e.programId()).toList();

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Object> letters = $(MultiSelectComboBox.class).withId("many-letters").single();
        @SuppressWarnings("unchecked")
        Select<Object> programs = $(Select.class).withId("many-programs").single();
        Button apply = $(Button.class).withId("many-apply").single();
        assertThat(apply.isEnabled()).isFalse();
        assertThat($(Paragraph.class).withId("many-preview").single().getText())
                .isEqualTo("Choose letters to see how many programs they change.");
        String tierName = tier.name().charAt(0) + tier.name().substring(1).toLowerCase(java.util.Locale.ROOT);
        test(programs).selectItem(tierName + " programs (" + inTier.size() + (inTier.size() == 1 ? " program)" : " programs)"));
        test(letters).selectItem(test(letters).getSuggestions().getFirst());

        assertThat($(Paragraph.class).withId("many-preview").single().getText())
                .isEqualTo(inTier.size() + (inTier.size() == 1 ? " program" : " programs") + " of " + inTier.size() + " would change.");
        test(apply).click();

        assertThat(letterPrograms.myLettersByProgram()).containsOnlyKeys(inTier);
        assertThat(others).allSatisfy(id -> assertThat($(MultiSelectComboBox.class).withId("letters-" + id).single()
                .getValue()).isEmpty());
        assertThat(inTier).allSatisfy(id -> assertThat($(MultiSelectComboBox.class).withId("letters-" + id).single()
                .getValue()).hasSize(1));
        assertThat(apply.isEnabled()).as("nothing left to change").isFalse();
    }

    private void approvedLetter(TestData.World world, String specialty) {
        java.time.OffsetDateTime at = java.time.OffsetDateTime.now().minusDays(5);
        db.insertInto(LETTER).set(LETTER.STUDENT_ID, world.studentA().personId()).set(LETTER.MENTOR_ID, world.mentorA().personId())
                .set(LETTER.SPECIALTY, specialty).set(LETTER.PROGRAMS, new String[] {"Test Program"})
                .set(LETTER.WAIVED, true).set(LETTER.WAIVER_RECORDED_AT, at).set(LETTER.WAIVER_RECORDED_BY, world.studentA().personId())
                .set(LETTER.STATUS, "APPROVED").set(LETTER.CONTENT_KIND, "TEXT").set(LETTER.REQUESTED_AT, at)
                .set(LETTER.DECIDED_AT, at.plusDays(1)).set(LETTER.DECIDED_BY, world.advisorA().personId()).execute();
    }

    private static String text(Div div) {
        return div.getElement().getTextRecursively().replaceAll("\\s+", "");
    }
}
