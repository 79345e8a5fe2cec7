package com.smartpick.advising.eras;

/** ERAS's own limits on the experiences section (MyERAS application, 2026 season). */
public final class ErasLimits {

    public static final int MAX_ENTRIES = 10;
    public static final int MAX_DESCRIPTION = 750;
    public static final int MAX_MOST_MEANINGFUL = 3;
    public static final int MAX_MEANINGFUL_NOTE = 300;

    private ErasLimits() {
    }
}
