package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.smartpick.engine.Specialty;

/**
 * What a change to a list checks before it writes, read without the list's entries: a change touches one entry or the
 * list's state, and re-reading 150 entries and their annotations to check a version number would be waste.
 *
 * @param entries how many entries the list has
 */
record ListHead(long id, long studentId, int listNo, ListStatus status, Specialty specialty, int version, int entries) {

    /** One entry as a change names it in the audit trail. */
    record Entry(long id, int position, String programId, String programName) {
    }
}
