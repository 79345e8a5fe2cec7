package com.smartpick.advising.unsaved;

import java.time.Instant;

/** Text a person typed into one form and did not save, as of the last moment it reached the server. */
public record KeptText(String formKey, String body, Instant keptAt) {
}
