package com.smartpick.advising.feedback;

/** What a piece of feedback is about. */
public enum FeedbackAbout {
    RECORD, STATEMENT, GENERAL
}
