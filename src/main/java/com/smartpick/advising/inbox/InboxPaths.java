package com.smartpick.advising.inbox;

/** The inbox's view paths that e-mails link to, beside the views that answer them. */
public final class InboxPaths {

    public static final String INBOX = "inbox";
    public static final String SETTINGS = "inbox/settings";
    public static final String MAIL = "mail";

    private InboxPaths() {
    }
}
