package com.smartpick.advising.smartpick.rankedlist;

import org.jspecify.annotations.Nullable;

/** A student of a cohort and their latest list, if SmartPick ran for them. */
public record CohortStudentList(long studentId, String displayName, @Nullable Long listId, @Nullable Integer listNo,
        @Nullable ListStatus status, @Nullable Double matchChance) {
}
