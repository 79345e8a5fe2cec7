package com.smartpick.advising.smartpick.engine;

import java.util.List;

/**
 * Why an entry has its chance: a one-line summary, the chance the reference applicant would have at a program of
 * average openness in the specialty, and what each term of the model adds for this applicant at this program.
 */
public record Explanation(String summary, String start, List<FactorContribution> factors) {

    public Explanation {
        factors = List.copyOf(factors);
    }
}
