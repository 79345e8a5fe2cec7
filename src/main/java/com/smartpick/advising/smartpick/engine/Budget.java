package com.smartpick.advising.smartpick.engine;

/** What an applicant can spend on one specialty: a number of applications or a sum of dollars. */
public sealed interface Budget {

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
