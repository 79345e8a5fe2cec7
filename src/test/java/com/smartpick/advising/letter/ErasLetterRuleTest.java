package com.smartpick.advising.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErasLetterRuleTest {

    @Test
    void four_letters_fit_a_program_and_a_fifth_does_not() {
        assertThat(ErasLetterRule.mayAdd(List.of(1L, 2L, 3L), 4L)).isTrue();
        assertThat(ErasLetterRule.mayAdd(List.of(1L, 2L, 3L, 4L), 5L)).isFalse();
    }

    @Test
    void a_letter_already_assigned_counts_once() {
        assertThat(ErasLetterRule.mayAdd(List.of(1L, 2L, 3L, 4L), 4L)).isTrue();
        assertThat(ErasLetterRule.overLimit(Map.of("Mayo", List.of(1L, 1L, 2L, 3L, 4L)))).isEmpty();
    }

    @Test
    void every_program_over_the_limit_is_named_with_its_count() {
        Map<String, List<Long>> assignment = new LinkedHashMap<>();
        assignment.put("Mayo Clinic", List.of(1L, 2L, 3L, 4L, 5L));
        assignment.put("Cleveland Clinic", List.of(1L, 2L));
        assignment.put("Johns Hopkins", List.of(1L, 2L, 3L, 4L, 5L, 6L));

        assertThat(ErasLetterRule.overLimit(assignment)).containsExactly(Map.entry("Mayo Clinic", 5), Map.entry("Johns Hopkins", 6));
        assertThatThrownBy(() -> ErasLetterRule.requireWithinLimit("letters", assignment))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("letters"))
                        .contains("at most 4", "Mayo Clinic has 5", "Johns Hopkins has 6"));
    }
}
