package com.smartpick.advising.letter;

import org.jspecify.annotations.Nullable;

/**
 * What the mentor wrote: the text of the latest revision, or the uploaded PDF's name (its bytes come only as a
 * download, {@link LetterService#pdf}).
 */
public record LetterContent(long letterId, ContentKind kind, @Nullable String body, int revision,
        @Nullable String fileName) {
}
