package com.smartpick.advising.letter;

import java.util.List;

/**
 * What placing letters on many programs would do, before it is done.
 *
 * @param programs how many programs were chosen
 * @param changing how many of them would get other letters than they have
 * @param overLimit the programs (by id) that would get more letters than ERAS sends, which refuse the whole placement
 */
public record LetterPlan(int programs, int changing, List<String> overLimit) {

    public LetterPlan {
        overLimit = List.copyOf(overLimit);
    }
}
