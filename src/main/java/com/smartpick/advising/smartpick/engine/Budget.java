package com.smartpick.advising.smartpick.engine;

/**
 * The most an applicant will spend on one specialty: a number of applications or a sum of dollars. A ceiling, not a
 * target: the list stops earlier where one more application would add too little.
 */
public sealed interface Budget {

    /** No specialty has more programs than this; it bounds a dollar budget's count too. */
    int MAX_APPLICATIONS = 1000;

    static Budget applications(int count) {
        return new Applications(count);
    }

    static Budget dollars(int amount) {
        return new Dollars(amount);
    }

    record Applications(int count) implements Budget {
        public Applications {
            if (count < 0) {
                throw new IllegalArgumentException("a budget cannot be negative");
            }
        }
    }

    record Dollars(int amount) implements Budget {
        public Dollars {
            if (amount < 0) {
                throw new IllegalArgumentException("a budget cannot be negative");
            }
        }
    }
}
