package com.smartpick.advising.letter.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.audit.AuditFilter;
import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.audit.ui.DisclosuresView;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData.World;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.ui.ViewTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.UUID;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A letter its student waived the right to read is tried by every route a student has: the service, the lists,
 * the letter's page reached by an id typed into the URL, the PDF download handler, the record of disclosures and
 * the trail's export. Its text never comes back; the same student's non-waived approved letter does, so the routes
 * are proven open where they should be.
 */
class WaivedLetterRoutesTest extends ViewTest {

    static final String SECRET = "Waived text " + UUID.randomUUID();
    static final String KEPT = "Readable text " + UUID.randomUUID();

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    @Autowired AuditService audit;
    World world;
    long waived;
    long kept;

    @BeforeEach
    void letters() {
        TestData data = new TestData(db);
        world = data.world();
        waived = data.letter(world.studentA().personId(), world.mentorA().personId(), "APPROVED", true, SECRET);
        kept = data.letter(world.studentA().personId(), world.mentorA().personId(), "APPROVED", false, KEPT);
    }

    @Test
    void the_service_and_its_query_refuse_the_waived_content_and_give_the_kept_one() {
        SignIn.as(world.studentA());
        assertThatThrownBy(() -> letters.content(waived)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letters.pdf(waived)).isInstanceOf(NotFoundException.class);
        assertThat(letters.content(kept).body()).isEqualTo(KEPT);
        assertThat(letters.pdf(kept).content()).startsWith("%PDF-".getBytes());
        assertThat(letters.myLetters()).filteredOn(l -> l.id() == waived).singleElement()
                .extracting(Letter::contentReadable).isEqualTo(false);
    }

    @Test
    void the_download_handler_answers_not_found_for_the_waived_letter() {
        SignIn.as(world.studentA());
        assertThat(new LetterPdfDownload(letters, waived).complete(null).getError()).isEqualTo(404);
        assertThat(new LetterPdfDownload(letters, kept).complete(null).hasError()).isFalse();
    }

    @Test
    void the_letter_page_opened_by_id_shows_the_status_but_never_the_waived_text() {
        SignIn.as(world.studentA());
        navigate("advising/letters/" + waived, LetterView.class);
        assertThat(pageText()).contains("Approved", "You waived your right to read this letter").doesNotContain(SECRET);
        assertThat($(Anchor.class).withId("letter-pdf").exists()).isFalse();

        navigate("advising/letters/" + kept, LetterView.class);
        assertThat(pageText()).contains(KEPT);
        assertThat($(Anchor.class).withId("letter-pdf").exists()).isTrue();
    }

    @Test
    void the_lists_the_disclosures_and_the_trails_export_carry_no_letter_text() {
        SignIn.as(world.advisorA());
        letters.content(waived);
        SignIn.as(world.studentA());
        navigate("advising/my-letters", MyLettersView.class);
        assertThat(pageText()).doesNotContain(SECRET);
        navigate("advising/who-viewed-my-record", DisclosuresView.class);
        assertThat(audit.myDisclosures(0, 50)).singleElement()
                .satisfies(d -> assertThat(d.what()).isEqualTo("A letter of recommendation"));

        SignIn.as(world.admin());
        StringBuilder csv = new StringBuilder();
        audit.exportCsv(new AuditFilter(null, world.studentA().personId(), "", null, null), csv);
        assertThat(csv).contains("letter.read").doesNotContain(SECRET);
    }

    @Test
    void the_author_and_the_students_advisor_still_read_it() {
        SignIn.as(world.mentorA());
        assertThat(letters.content(waived).body()).isEqualTo(SECRET);
        SignIn.as(world.advisorA());
        navigate("advising/letters/" + waived, LetterView.class);
        assertThat(pageText()).contains(SECRET);
    }

    /** All text of the page's main view, never empty (so "does not contain" can never pass on a blank page). */
    private String pageText() {
        String text = UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst().getElement().getTextRecursively();
        assertThat(text).isNotBlank();
        return text;
    }
}
