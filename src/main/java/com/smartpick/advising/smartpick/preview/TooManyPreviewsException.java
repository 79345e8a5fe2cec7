package com.smartpick.advising.smartpick.preview;

/** One client asked for more previews than the rate limit allows; it may try again after a short wait. */
public class TooManyPreviewsException extends RuntimeException {

    private final long retryAfterSeconds;

    public TooManyPreviewsException(long retryAfterSeconds) {
        super("That was a lot of previews in a short time. Please wait " + retryAfterSeconds + " second"
                + (retryAfterSeconds == 1 ? "" : "s") + " and try again.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
