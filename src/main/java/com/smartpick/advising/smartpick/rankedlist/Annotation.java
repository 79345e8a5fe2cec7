package com.smartpick.advising.smartpick.rankedlist;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's note, concern or "strong fit" on one entry; {@code version} is for optimistic locking.
 *
 * @param resolvedAt when its author marked a concern resolved; null while it is open (and for any other kind)
 */
public record Annotation(long id, long entryId, long authorId, String authorName, AnnotationKind kind, String text,
        OffsetDateTime updatedAt, int version, @Nullable OffsetDateTime resolvedAt) {

    /** A concern nobody has resolved yet: it holds back a plain approval of its version. */
    public boolean openConcern() {
        return kind == AnnotationKind.CONCERN && resolvedAt == null;
    }
}
