package com.smartpick.advising.inbox;

/** How a person wants one kind of notification: every kind lands in the inbox, and this says what e-mail follows. */
public enum Delivery {
    IMMEDIATE("At once by e-mail"),
    DIGEST("In a daily digest e-mail"),
    IN_APP("In the app only");

    private final String label;

    Delivery(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
