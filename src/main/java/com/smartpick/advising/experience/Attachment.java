package com.smartpick.advising.experience;

import java.time.Instant;

/** A certificate's description; its bytes are fetched only for a download. */
public record Attachment(long id, long recordId, String fileName, String mediaType, int sizeBytes, Instant uploadedAt) {
}
