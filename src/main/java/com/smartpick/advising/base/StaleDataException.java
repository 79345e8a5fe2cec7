package com.smartpick.advising.base;

/** Someone else saved the row since it was read: the save is refused rather than silently overwriting theirs. */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String what) {
        super(what + " was changed by someone else since you opened it. Reload to see their changes, then apply yours again.");
    }
}
