package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.smartpick.engine.Format;
import com.smartpick.advising.smartpick.engine.RankedEntry;
import com.smartpick.advising.smartpick.engine.SmartPickResult;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import com.smartpick.advising.smartpick.preview.PreviewRateLimiter;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.TryProfile;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public page, signed out. Every click spends one of the test client's previews, so the rate-limit test runs
 * last and the others stay well within the burst.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TrySmartPickViewTest extends ViewTest {

    @Autowired PreviewService previews;

    @BeforeEach
    void anonymous() {
        SignIn.out();
        navigate("advising/try", TrySmartPickView.class);
    }

    @Test
    @Order(1)
    void a_visitor_sees_the_engine_s_top_programs_with_tier_chance_and_why() {
        test($(IntegerField.class).withId("try-step2ck").single()).setValue(240);
        test($(IntegerField.class).withId("try-graduation-year").single()).setValue(2021);
        test($(Button.class).withId("try-run").single()).click();

        SmartPickResult expected = previews.preview("test-" + UUID.randomUUID(), new TryProfile(
                Specialty.INTERNAL_MEDICINE, 240, 1, 2021, VisaNeed.J1, 0, 0, 0, 0, Set.of(), 40));
        List<ListItem> shown = $(ListItem.class).from($(OrderedList.class).withId("try-entries").single()).all();
        assertThat(shown).hasSize(PreviewService.TOP_ENTRIES);
        for (int i = 0; i < shown.size(); i++) {
            RankedEntry entry = expected.entries().get(i);
            assertThat(shown.get(i).getElement().getTextRecursively())
                    .contains(entry.program().name(), entry.explanation().summary(), entry.program().state(),
                            entry.program().institution(), entry.program().city());
        }
        assertThat(expected.entries()).hasSizeGreaterThan(PreviewService.TOP_ENTRIES);
        assertThat($(Div.class).withId("try-overall").single().getElement().getTextRecursively())
                .contains(Format.percent(expected.matchChance().estimate()) + "chance of matching in Internal Medicine if "
                        + "you apply to all " + expected.entries().size() + " programs SmartPick chose for this budget (the "
                        + PreviewService.TOP_ENTRIES + " likeliest are listed below)")
                .doesNotContain("programs below");
        assertThat($(H2.class).withText("Your " + PreviewService.TOP_ENTRIES + " likeliest programs of "
                + expected.entries().size()).exists()).isTrue();
    }

    @Test
    @Order(2)
    void bad_input_is_answered_beside_each_field() {
        test($(IntegerField.class).withId("try-step2ck").single()).setValue(420);
        test($(IntegerField.class).withId("try-applications").single()).setValue(5000);
        test($(Button.class).withId("try-run").single()).click();

        IntegerField step2 = $(IntegerField.class).withId("try-step2ck").single();
        assertThat(step2.isInvalid()).isTrue();
        assertThat(step2.getErrorMessage()).startsWith("A Step 2 CK score is between 1 and 300");
        assertThat($(IntegerField.class).withId("try-graduation-year").single().getErrorMessage())
                .isEqualTo("Give your year of graduation, from 1970 to " + (java.time.Year.now().getValue() + 6) + ".");
        assertThat($(IntegerField.class).withId("try-applications").single().isInvalid()).isTrue();
        assertThat($(OrderedList.class).withId("try-entries").exists()).isFalse();
    }

    @Test
    @Order(3)
    void a_visitor_who_asks_too_often_is_told_to_wait() {
        test($(IntegerField.class).withId("try-graduation-year").single()).setValue(2021);
        for (int click = 0; click <= PreviewRateLimiter.CAPACITY && !$(Paragraph.class).withId("try-rate-limited").exists(); click++) {
            test($(Button.class).withId("try-run").single()).click();
        }
        assertThat($(Paragraph.class).withId("try-rate-limited").single().getText()).startsWith(
                "That was a lot of previews in a short time. Please wait");
        assertThat($(OrderedList.class).withId("try-entries").exists()).isFalse();
    }
}
