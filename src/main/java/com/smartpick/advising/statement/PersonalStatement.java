package com.smartpick.advising.statement;

import java.time.Instant;

/** A personal-statement draft the student keeps in the portal. */
public record PersonalStatement(long id, long studentId, String title, String body, Instant updatedAt, int version) {
}
