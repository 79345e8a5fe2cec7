package com.smartpick.advising.student;

public record CohortChoice(long id, String name) {
}
