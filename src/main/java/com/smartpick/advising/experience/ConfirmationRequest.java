package com.smartpick.advising.experience;

import java.time.OffsetDateTime;

/** What a supervising physician is asked to confirm, shown on the page their link opens. */
public record ConfirmationRequest(String studentName, ExperienceDetails details, String sentTo, OffsetDateTime expiresAt) {
}
