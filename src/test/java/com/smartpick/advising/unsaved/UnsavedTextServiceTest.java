package com.smartpick.advising.unsaved;

import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.UserText;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class UnsavedTextServiceTest {

    private static final String FORM = "statement:1";

    @Autowired DSLContext db;
    @Autowired UnsavedTextService unsaved;
    Viewer author;
    Viewer someoneElse;

    @BeforeEach
    void people() {
        TestData data = new TestData(db);
        author = data.person("Author", Role.MENTOR);
        someoneElse = data.person("Someone else", Role.ADVISOR, Role.MENTOR);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void kept_text_is_read_back_by_its_author_alone_and_nobody_else_can_remove_it() {
        SignIn.as(author);
        unsaved.keep(FORM, "Dear program director,");

        SignIn.as(someoneElse);
        assertThat(unsaved.kept(FORM)).isEmpty();
        unsaved.forget(FORM);

        SignIn.as(author);
        assertThat(unsaved.kept(FORM)).get().extracting(KeptText::body).isEqualTo("Dear program director,");
    }

    @Test
    void each_pause_in_typing_replaces_the_kept_text_and_blank_text_forgets_it() {
        SignIn.as(author);
        unsaved.keep(FORM, "Dear");
        unsaved.keep(FORM, "Dear program director,");
        assertThat(db.fetchCount(UNSAVED_TEXT, UNSAVED_TEXT.PERSON_ID.eq(author.personId()))).isEqualTo(1);
        assertThat(unsaved.kept(FORM)).get().extracting(KeptText::body).isEqualTo("Dear program director,");

        unsaved.keep(FORM, "  \n ");
        assertThat(unsaved.kept(FORM)).isEmpty();
    }

    @Test
    void text_over_the_bound_is_not_kept_and_the_last_kept_text_stays() {
        SignIn.as(author);
        unsaved.keep(FORM, "Dear program director,");
        unsaved.keep(FORM, "x".repeat(UnsavedTextService.MAX_KEPT + 1));
        assertThat(unsaved.kept(FORM)).get().extracting(KeptText::body).isEqualTo("Dear program director,");
    }

    @Test
    void text_kept_longer_than_the_keeping_period_is_purged_when_its_author_opens_any_form() {
        SignIn.as(author);
        unsaved.keep("letter:7", "An old draft");
        db.update(UNSAVED_TEXT).set(UNSAVED_TEXT.KEPT_AT, OffsetDateTime.now().minus(UnsavedTextService.KEPT_FOR).minusHours(1))
                .where(UNSAVED_TEXT.PERSON_ID.eq(author.personId())).execute();
        unsaved.keep(FORM, "Today's text");

        assertThat(unsaved.kept(FORM)).isPresent();
        assertThat(db.fetchCount(UNSAVED_TEXT, UNSAVED_TEXT.PERSON_ID.eq(author.personId()))).isEqualTo(1);
    }

    @ParameterizedTest
    @MethodSource("com.smartpick.advising.support.HostileInputs#texts")
    void hostile_text_is_kept_as_any_save_would_store_it(String hostile) {
        SignIn.as(author);
        unsaved.keep(FORM, "Before " + hostile);
        assertThat(unsaved.kept(FORM)).get().extracting(KeptText::body).isEqualTo(UserText.multiline("Before " + hostile));
    }
}
