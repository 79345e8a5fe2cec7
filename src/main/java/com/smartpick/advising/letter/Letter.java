package com.smartpick.advising.letter;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A letter as the viewer may see it: who asked whom, for what, and where it stands, never its content (that comes
 * only through {@link LetterService#content}).
 *
 * @param purpose what the student called the letter when she asked for it; null for letters asked before there was one
 * @param dueOn the day the student needs the letter by; null for letters asked before there was one
 * @param contentReadable whether the viewer may read the content now: the same condition the content query uses
 * @param outsideWriterEmail the writer's e-mail when they are a physician outside the portal, who writes through
 *        single-use links; null for a mentor
 */
public record Letter(long id, long studentId, String studentName, long mentorId, String mentorName, String specialty,
        @Nullable String purpose, List<String> programs, @Nullable LocalDate dueOn, boolean waived, OffsetDateTime waiverRecordedAt, LetterStatus status,
        @Nullable String reason, ContentKind contentKind, Letterhead letterhead, OffsetDateTime requestedAt,
        @Nullable OffsetDateTime decidedAt, boolean contentReadable, @Nullable String outsideWriterEmail, int version) {

    public Letter {
        programs = List.copyOf(programs);
    }

    /** The name that tells this letter from the student's others (the portal's zone decides the day asked). */
    public String label() {
        return LetterName.of(mentorName, specialty, purpose, requestedAt.atZoneSameInstant(ZoneId.systemDefault()).toLocalDate());
    }

    public boolean writerOutside() {
        return outsideWriterEmail != null;
    }
}
