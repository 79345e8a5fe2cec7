package com.smartpick.advising.feedback;

/**
 * How feedback is announced in the student's inbox when the caller says it in its own words, e.g. a reviewer's change
 * request, so the student gets one message of the right kind rather than two.
 *
 * @param kind a notification kind's code, e.g. {@code "experience.changes_requested"}
 */
public record Announcement(String kind, String message) {
}
