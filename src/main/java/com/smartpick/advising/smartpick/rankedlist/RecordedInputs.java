package com.smartpick.advising.smartpick.rankedlist;

/**
 * What SmartPick takes from records other features keep rather than from the profile: hands-on and observership
 * months of US clinical experience from verified experience records, and letters from US physicians from approved
 * letters. A student with neither gets {@link #NONE}, and the views say "from records: none yet".
 */
public record RecordedInputs(int handsOnUsceMonths, int observershipMonths, int usLetters) {

    public static final RecordedInputs NONE = new RecordedInputs(0, 0, 0);

    public RecordedInputs {
        if (handsOnUsceMonths < 0 || observershipMonths < 0 || usLetters < 0) {
            throw new IllegalArgumentException("recorded inputs cannot be negative");
        }
    }

    public boolean none() {
        return equals(NONE);
    }
}
