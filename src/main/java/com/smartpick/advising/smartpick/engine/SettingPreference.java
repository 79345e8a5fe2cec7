package com.smartpick.advising.smartpick.engine;

/** The kind of program an applicant would rather train at; it only nudges fit, never eligibility. */
public enum SettingPreference {
    ANY,
    UNIVERSITY,
    COMMUNITY;

    /** An affiliated program counts as academic: it is where university programs send their residents. */
    boolean matches(ProgramType type) {
        return switch (this) {
            case ANY -> false;
            case UNIVERSITY -> type != ProgramType.COMMUNITY;
            case COMMUNITY -> type == ProgramType.COMMUNITY;
        };
    }
}
