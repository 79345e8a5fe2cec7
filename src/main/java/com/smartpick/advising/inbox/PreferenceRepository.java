package com.smartpick.advising.inbox;

import static com.smartpick.advising.jooq.Tables.NOTIFICATION_PREFERENCE;

import com.smartpick.advising.base.Rows;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PreferenceRepository {

    private final DSLContext db;

    PreferenceRepository(DSLContext db) {
        this.db = db;
    }

    /** The person's own choice for the kind, if they made one. */
    Optional<Delivery> chosen(long personId, String kind) {
        return db.select(NOTIFICATION_PREFERENCE.DELIVERY).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.PERSON_ID.eq(personId)).and(NOTIFICATION_PREFERENCE.KIND.eq(kind))
                .fetchOptional(r -> Delivery.valueOf(r.value1()));
    }

    /** Every choice the person made, by kind code. */
    Map<String, Delivery> chosen(long personId) {
        return db.select(NOTIFICATION_PREFERENCE.KIND, NOTIFICATION_PREFERENCE.DELIVERY).from(NOTIFICATION_PREFERENCE)
                .where(NOTIFICATION_PREFERENCE.PERSON_ID.eq(personId))
                .fetchMap(r -> r.value1(), r -> Delivery.valueOf(r.value2()));
    }

    void choose(long personId, String kind, Delivery delivery, OffsetDateTime at) {
        Rows.one(db.insertInto(NOTIFICATION_PREFERENCE).set(NOTIFICATION_PREFERENCE.PERSON_ID, personId)
                .set(NOTIFICATION_PREFERENCE.KIND, kind).set(NOTIFICATION_PREFERENCE.DELIVERY, delivery.name())
                .set(NOTIFICATION_PREFERENCE.UPDATED_AT, at)
                .onConflict(NOTIFICATION_PREFERENCE.PERSON_ID, NOTIFICATION_PREFERENCE.KIND).doUpdate()
                .set(NOTIFICATION_PREFERENCE.DELIVERY, delivery.name()).set(NOTIFICATION_PREFERENCE.UPDATED_AT, at));
    }
}
