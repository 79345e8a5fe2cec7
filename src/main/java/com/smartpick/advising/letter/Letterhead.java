package com.smartpick.advising.letter;

import org.jspecify.annotations.Nullable;

/** The author's title, institution and contact as the letter's PDF prints them under the author's name. */
public record Letterhead(@Nullable String title, @Nullable String institution, @Nullable String contact) {

    public static final Letterhead EMPTY = new Letterhead(null, null, null);
}
