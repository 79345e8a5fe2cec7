package com.smartpick.advising.unsaved;

import static com.smartpick.advising.jooq.Tables.UNSAVED_TEXT;

import com.smartpick.advising.base.Rows;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Every statement is keyed by the person asking: nobody reads or removes another person's unsaved text. */
@Repository
class UnsavedTextRepository {

    private final DSLContext db;

    UnsavedTextRepository(DSLContext db) {
        this.db = db;
    }

    void keep(long personId, String formKey, String body, OffsetDateTime now) {
        db.insertInto(UNSAVED_TEXT).set(UNSAVED_TEXT.PERSON_ID, personId).set(UNSAVED_TEXT.FORM_KEY, formKey)
                .set(UNSAVED_TEXT.BODY, body).set(UNSAVED_TEXT.KEPT_AT, now)
                .onConflict(UNSAVED_TEXT.PERSON_ID, UNSAVED_TEXT.FORM_KEY).doUpdate()
                .set(UNSAVED_TEXT.BODY, body).set(UNSAVED_TEXT.KEPT_AT, now)
                .execute();
    }

    Optional<KeptText> find(long personId, String formKey) {
        return db.selectFrom(UNSAVED_TEXT)
                .where(UNSAVED_TEXT.PERSON_ID.eq(personId)).and(UNSAVED_TEXT.FORM_KEY.eq(formKey))
                .fetchOptional(r -> new KeptText(r.getFormKey(), r.getBody(), r.getKeptAt().toInstant()));
    }

    void forget(long personId, String formKey) {
        Rows.oneOrNone(db.deleteFrom(UNSAVED_TEXT)
                .where(UNSAVED_TEXT.PERSON_ID.eq(personId)).and(UNSAVED_TEXT.FORM_KEY.eq(formKey)));
    }

    void forgetOlderThan(long personId, OffsetDateTime cutoff) {
        Rows.everyMatching(db.deleteFrom(UNSAVED_TEXT)
                .where(UNSAVED_TEXT.PERSON_ID.eq(personId)).and(UNSAVED_TEXT.KEPT_AT.lt(cutoff)));
    }
}
