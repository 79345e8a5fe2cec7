package com.smartpick.advising.experience;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a record's history: who moved it from which state to which, when, and what they said. */
public record Transition(long recordId, @Nullable ExperienceStatus from, ExperienceStatus to, String actorName,
        Instant at, @Nullable String note) {
}
