package com.smartpick.advising.smartpick.rankedlist;

import java.time.OffsetDateTime;

/** A staff member's note, concern or "strong fit" on one entry; {@code version} is for optimistic locking. */
public record Annotation(long id, long entryId, long authorId, String authorName, AnnotationKind kind, String text,
        OffsetDateTime updatedAt, int version) {
}
