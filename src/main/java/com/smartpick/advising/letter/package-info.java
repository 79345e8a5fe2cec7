/**
 * Letters of recommendation: requested by a student from one of their mentors, drafted in saved revisions or
 * uploaded as a PDF, submitted, approved or returned by an advisor of the student's cohort, or declined. A letter
 * whose student waived the right to read it never reaches that student: the query refuses its content.
 */
@NullMarked
@OwnsTables({"letter", "letter_program", "letter_reminder", "letter_revision", "letter_upload"})
@ApplicationModule
package com.smartpick.advising.letter;

import com.smartpick.advising.base.OwnsTables;
import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
