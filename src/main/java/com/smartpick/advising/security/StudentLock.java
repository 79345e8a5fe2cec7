package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.PERSON;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * One student's lock for the rest of the caller's transaction: the person row, taken FOR UPDATE. A feature whose rule
 * spans several rows of one student (at most so many signals, at most four letters on a program) takes it before it
 * reads, so two tabs or two staff cannot both pass the check and together break the rule.
 */
@Component
public class StudentLock {

    private final DSLContext db;

    StudentLock(DSLContext db) {
        this.db = db;
    }

    public void lock(long studentId) {
        db.select(PERSON.ID).from(PERSON).where(PERSON.ID.eq(studentId)).forUpdate().fetch();
    }
}
