package com.smartpick.advising.readiness;

/** A flag on one student, with the words that say why. */
public record FlagReason(Flag flag, String reason) {
}
