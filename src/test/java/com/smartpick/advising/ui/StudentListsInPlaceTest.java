package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A list's page changes in place: an action on an entry makes that entry's card again and leaves the others as the
 * browser has them (a move renumbers and reorders, a step of the workflow shows or hides the overrides), and each
 * action and step works on the list as the previous one left it.
 */
class StudentListsInPlaceTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired RankedListService lists;
    TestData.World world;
    RankedList list;

    @BeforeEach
    void list() {
        world = new TestData(db).world();
        SignIn.as(world.advisorA());
        list = lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 12, RecordedInputs.NONE);
        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
    }

    @Test
    void pinning_makes_that_card_again_and_leaves_every_other_card_as_it_was() {
        List<Div> before = cards();

        click(3, "pin-button");

        List<Div> after = cards();
        assertThat(after.get(2)).isNotSameAs(before.get(2));
        assertThat(text(after.get(2))).contains("Pinned");
        IntStream.range(0, 12).filter(i -> i != 2).forEach(i -> assertThat(after.get(i)).isSameAs(before.get(i)));
        assertThat(lists.list(list.id()).entries().get(2).pinned()).isTrue();
    }

    @Test
    void moving_an_entry_down_swaps_two_cards_and_renumbers_them_without_making_any_card_again() {
        List<Div> before = cards();

        click(5, "down-button");

        List<Div> after = cards();
        assertThat(after.get(4)).isSameAs(before.get(5));
        assertThat(after.get(5)).isSameAs(before.get(4));
        assertThat(after).extracting(card -> card.getId().orElseThrow())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 12).mapToObj(n -> "entry-" + n).toList());
        assertThat(text(after.get(5))).startsWith("#6").contains(list.entries().get(4).programName());
        IntStream.range(0, 12).filter(i -> i != 4 && i != 5).forEach(i -> assertThat(after.get(i)).isSameAs(before.get(i)));
        assertThat(lists.list(list.id()).entries().get(5).id()).isEqualTo(list.entries().get(4).id());
    }

    @Test
    void an_exclusion_and_the_workflow_after_it_act_on_the_list_as_it_now_is() {
        List<Div> before = cards();
        click(2, "exclude-button");
        $(TextArea.class).withId("entry-dialog-text").single().setValue("Closed to IMGs this year");
        test($(Button.class).withId("entry-dialog-save").single()).click();
        assertThat(text(cards().get(1))).contains("Excluded: Closed to IMGs this year");

        // the buttons were made for version 0 of the list; the exclusion moved it to 1
        test($(Button.class).withId("submit-review").single()).click();
        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("In review");
        test($(Button.class).withId("approve-list").single()).click();
        test($(Button.class).withId("step-confirm").single()).click();

        assertThat($(Span.class).withId("list-status").single().getText()).isEqualTo("Approved");
        List<Div> approved = cards();
        IntStream.range(0, 12).filter(i -> i != 1).forEach(i -> assertThat(approved.get(i)).isSameAs(before.get(i)));
        assertThat(approved).allSatisfy(card -> assertThat(overrides(card).isVisible()).isFalse());
        assertThat(db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.SUBJECT_TYPE.eq("rankedlist"))
                .and(AUDIT_EVENT.SUBJECT_ID.eq(list.id()))
                .and(AUDIT_EVENT.ACTION.ne("rankedlist.read")).orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION))
                .containsExactly("rankedlist.run", "rankedlist.exclude", "rankedlist.submit", "rankedlist.approve");
    }

    @Test
    void the_explanation_of_a_chance_is_made_when_it_is_first_opened() {
        NativeDetails why = $(NativeDetails.class).from(cards().get(0)).single();
        assertThat($(ListItem.class).from(why).exists()).isFalse();

        why.setOpen(true);
        ComponentUtil.fireEvent(why, new NativeDetails.ToggleEvent(why, true));

        assertThat($(ListItem.class).from(why).all()).extracting(ListItem::getText)
                .containsExactlyElementsOf(list.entries().get(0).explanation());
    }

    @SuppressWarnings("unchecked")
    private List<Div> cards() {
        return $(Div.class).withClassName("entry-card").all();
    }

    private void click(int place, String button) {
        Div card = $(Div.class).withId("entry-" + place).single();
        test($(Button.class).from(card).withClassName(button).single()).click();
    }

    private Div overrides(Div card) {
        return (Div) card.getChildren().flatMap(c -> c.getChildren()).filter(c -> c.getElement().getClassList().contains("entry-overrides"))
                .findFirst().orElseThrow();
    }

    private static String text(Div card) {
        return card.getElement().getTextRecursively();
    }
}
