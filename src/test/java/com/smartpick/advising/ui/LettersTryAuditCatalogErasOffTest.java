package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.audit.ui.AuditTrailView;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.eras.ui.ErasView;
import com.smartpick.advising.eras.ui.MyErasView;
import com.smartpick.advising.letter.LetterProgramService;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.ui.LetterUploadView;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.letter.ui.LettersView;
import com.smartpick.advising.letter.ui.MyLettersView;
import com.smartpick.advising.smartpick.catalog.CatalogService;
import com.smartpick.advising.smartpick.catalog.ui.CatalogView;
import com.smartpick.advising.smartpick.preview.PreviewService;
import com.smartpick.advising.smartpick.preview.ui.TrySmartPickView;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.smartpick.rankedlist.ui.MyListView;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Letters, Try SmartPick, the audit views, the catalog editor and ERAS switched off in one context; SmartPick, which
 * uses letters and the catalog, stays and works.
 */
@TestPropertySource(properties = {"advising.features.letters.enabled=false", "advising.features.try.enabled=false",
        "advising.features.audit.enabled=false", "advising.features.catalog.enabled=false",
        "advising.features.eras.enabled=false"})
class LettersTryAuditCatalogErasOffTest extends NavigationTest {

    @Autowired RankedListService lists;

    @Override
    Set<Class<? extends Component>> goneViews() {
        return Set.of(LettersView.class, LetterView.class, MyLettersView.class, LetterUploadView.class,
                TrySmartPickView.class, DisclosuresView.class, AuditTrailView.class, CatalogView.class, MyErasView.class, ErasView.class);
    }

    @Override
    Set<String> goneEntries() {
        return Set.of("Letters", "My letters", "Who viewed my record", "Audit trail", "Program catalog", "ERAS experiences");
    }

    @Override
    Set<Class<?>> goneServices() {
        return Set.of(LetterService.class, LetterProgramService.class, PreviewService.class, AuditService.class,
                CatalogService.class, ErasService.class);
    }

    @Override
    Set<String> gonePackages() {
        return Set.of("com.smartpick.advising.letter", "com.smartpick.advising.smartpick.preview",
                "com.smartpick.advising.eras");
    }

    @Test
    void smartpick_runs_counting_no_letters_the_trail_is_still_written_and_the_student_sees_the_list_without_letters_per_program() {
        TestData data = new TestData(db);
        TestData.World world = data.world();
        long student = world.studentA().personId();
        data.letter(student, world.mentorA().personId(), "APPROVED", false, "Approved while letters were on.");

        SignIn.as(world.advisorA());
        RunSetup setup = lists.setup(student);
        assertThat(setup.inputs().usLetters()).isZero();
        RankedList list = lists.run(student, setup.defaultSpecialty(), 10, setup.inputs());
        list = lists.approve(list.id(), lists.submitForReview(list.id(), list.version()).version());
        lists.publish(list.id(), list.version());
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.STUDENT_ID.eq(student).and(AUDIT_EVENT.ACTION.eq("rankedlist.publish"))))
                .isEqualTo(1);

        SignIn.as(world.studentA());
        navigate("advising/smartpick/my-list", MyListView.class);
        assertThat($(Paragraph.class).withId("published-about").exists()).isTrue();
        assertThat($(Div.class).withClassName("entry-card").all()).hasSize(10);
        assertThat($(VerticalLayout.class).withId("letter-places").exists()).isFalse();
    }
}
