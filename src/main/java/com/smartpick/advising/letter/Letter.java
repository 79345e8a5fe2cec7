package com.smartpick.advising.letter;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A letter as the viewer may see it: who asked whom, for what, and where it stands, never its content (that comes
 * only through {@link LetterService#content}).
 *
 * @param contentReadable whether the viewer may read the content now: the same condition the content query uses
 * @param outsideWriterEmail the writer's e-mail when they are a physician outside the portal, who writes through
 *        single-use links; null for a mentor
 */
public record Letter(long id, long studentId, String studentName, long mentorId, String mentorName, String specialty,
        List<String> programs, boolean waived, OffsetDateTime waiverRecordedAt, LetterStatus status,
        @Nullable String reason, ContentKind contentKind, Letterhead letterhead, OffsetDateTime requestedAt,
        @Nullable OffsetDateTime decidedAt, boolean contentReadable, @Nullable String outsideWriterEmail, int version) {

    public Letter {
        programs = List.copyOf(programs);
    }

    public boolean writerOutside() {
        return outsideWriterEmail != null;
    }
}
