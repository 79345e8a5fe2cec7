package com.smartpick.advising.letter;

import com.smartpick.advising.base.InvalidInputException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * ERAS sends at most four letters of recommendation to any one program. Pure functions, so whatever assigns letters
 * to programs (a ranked list's table, an export) asks the same rule. A letter assigned twice to one program counts
 * once: ERAS would send it once.
 */
public final class ErasLetterRule {

    public static final int MAX_LETTERS_PER_PROGRAM = 4;

    private ErasLetterRule() {
    }

    /** Whether a letter may join the letters already assigned to a program. */
    public static boolean mayAdd(Collection<?> assigned, Object letter) {
        return assigned.contains(letter) || new HashSet<>(assigned).size() < MAX_LETTERS_PER_PROGRAM;
    }

    /** The programs given more letters than ERAS allows, each with its count of distinct letters, in input order. */
    public static <P> Map<P, Integer> overLimit(Map<P, ? extends Collection<?>> lettersByProgram) {
        Map<P, Integer> over = new LinkedHashMap<>();
        lettersByProgram.forEach((program, letters) -> {
            int distinct = new HashSet<>(letters).size();
            if (distinct > MAX_LETTERS_PER_PROGRAM) {
                over.put(program, distinct);
            }
        });
        return over;
    }

    /**
     * @param field the form field a refusal belongs to
     * @throws InvalidInputException naming every program over the limit
     */
    public static <P> void requireWithinLimit(String field, Map<P, ? extends Collection<?>> lettersByProgram) {
        Map<P, Integer> over = overLimit(lettersByProgram);
        if (!over.isEmpty()) {
            throw new InvalidInputException(field, "ERAS sends at most " + MAX_LETTERS_PER_PROGRAM
                    + " letters to a program: " + over.entrySet().stream()
                            .map(e -> e.getKey() + " has " + e.getValue()).collect(Collectors.joining(", ")) + ".");
        }
    }
}
