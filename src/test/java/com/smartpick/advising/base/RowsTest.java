package com.smartpick.advising.base;

import static com.smartpick.advising.jooq.Tables.PERSON;
import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.TestData;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class RowsTest {

    @Autowired DSLContext db;

    @Test
    void a_write_meant_for_one_row_that_matches_two_fails_without_showing_the_values_it_wrote() {
        Viewer first = new TestData(db).person("First", Role.STUDENT);
        Viewer second = new TestData(db).person("Second", Role.STUDENT);
        var both = PERSON.ID.in(first.personId(), second.personId());

        assertThatThrownBy(() -> Rows.one(db.update(PERSON).set(PERSON.DISPLAY_NAME, "Secret name").where(both)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("touched 2 rows where exactly 1 was meant").hasMessageNotContaining("Secret name");
        assertThatThrownBy(() -> Rows.oneOrNone(db.update(PERSON).set(PERSON.VERSION, 7).where(both)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("0 or 1");
        for (String form : new String[] {"statement", "letter"}) {
            db.insertInto(UNSAVED_TEXT).set(UNSAVED_TEXT.PERSON_ID, first.personId()).set(UNSAVED_TEXT.FORM_KEY, form)
                    .set(UNSAVED_TEXT.BODY, "typed").execute();
        }
        assertThatThrownBy(() -> Rows.atMost(1, db.deleteFrom(UNSAVED_TEXT).where(UNSAVED_TEXT.PERSON_ID.eq(first.personId()))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at most 1");
    }

    @Test
    void a_guarded_write_that_finds_its_row_moved_on_says_so_and_one_that_must_find_it_fails() {
        Viewer person = new TestData(db).person("Only", Role.STUDENT);
        var stale = PERSON.ID.eq(person.personId()).and(PERSON.VERSION.eq(99));

        assertThat(Rows.oneOrNone(db.update(PERSON).set(PERSON.VERSION, 1).where(stale))).isFalse();
        assertThatThrownBy(() -> Rows.one(db.update(PERSON).set(PERSON.VERSION, 1).where(stale)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("touched 0 rows");
        assertThat(Rows.oneOrNone(db.update(PERSON).set(PERSON.VERSION, 1).where(PERSON.ID.eq(person.personId())))).isTrue();
    }
}
