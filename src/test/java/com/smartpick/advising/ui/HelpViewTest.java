package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.ui.HelpTerm;
import com.smartpick.advising.help.ui.HelpView;
import com.smartpick.advising.smartpick.engine.NrmpOutcomes;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.rankedlist.ui.StudentListsView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HelpViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired RankedListService lists;

    @Test
    void every_role_reads_each_term_under_its_own_anchor_and_the_chance_is_called_an_estimate_with_its_source() {
        TestData.World world = new TestData(db).world();
        for (var person : List.of(world.studentA(), world.mentorA(), world.advisorA(), world.admin())) {
            SignIn.as(person);
            navigate("advising/help", HelpView.class);

            assertThat($(H1.class).single().getText()).isEqualTo("Help: what the words mean");
            assertThat(anchors()).containsExactlyInAnyOrderElementsOf(
                    Arrays.stream(HelpTerm.values()).map(HelpTerm::anchor).toList());
            assertThat($(H2.class).all()).hasSize(HelpTerm.values().length);
        }
        String chance = $(Section.class).withId(HelpTerm.CHANCE.anchor()).single().getElement().getTextRecursively();
        assertThat(chance).contains("an estimate, not a promise").contains(NrmpOutcomes.CITATION);
        String tiers = $(Section.class).withId(HelpTerm.TIERS.anchor()).single().getElement().getTextRecursively();
        assertThat(tiers).contains("Reach", "Target", "Likely");
    }

    @Test
    void the_help_links_on_a_students_smartpick_page_point_to_anchors_the_help_page_has() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.advisorA());
        lists.run(world.studentA().personId(), Specialty.INTERNAL_MEDICINE, 10, RecordedInputs.NONE);
        navigate("advising/help", HelpView.class);
        Set<String> anchors = anchors();

        navigate("advising/smartpick/students/" + world.studentA().personId(), StudentListsView.class);
        List<String> links = $(Anchor.class).withClassName("help-link").all().stream().map(Anchor::getHref).toList();

        assertThat(links).isNotEmpty().allSatisfy(href -> {
            assertThat(href).startsWith("/advising/help#");
            assertThat(anchors).contains(href.substring(href.indexOf('#') + 1));
        });
        assertThat(links.stream().map(href -> href.substring(href.indexOf('#') + 1)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(anchors);
    }

    private Set<String> anchors() {
        return $(Section.class).withClassName("help-term").all().stream()
                .flatMap(section -> section.getId().stream())
                .collect(Collectors.toSet());
    }
}
