package com.smartpick.advising.demo;

import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputsSource;
import org.jooq.DSLContext;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * Invented experience and letters for the demo students only (like their names and scores), so the demo's lists show
 * what SmartPick does for an applicant with US clinical experience; everyone else gets zeros, as without the demo.
 */
@Component
@Primary
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoRecordedInputs implements RecordedInputsSource {

    private final DSLContext db;

    DemoRecordedInputs(DSLContext db) {
        this.db = db;
    }

    @Override
    public RecordedInputs of(long studentId) {
        boolean demoStudent = db.fetchExists(PERSON, PERSON.ID.eq(studentId).and(PERSON.SUBJECT.startsWith(DemoDataLoader.PREFIX)));
        if (!demoStudent) {
            return RecordedInputs.NONE;
        }
        int seed = (int) (studentId % 7);
        return new RecordedInputs(6 + seed, seed % 3, 2 + seed % 3);
    }
}
