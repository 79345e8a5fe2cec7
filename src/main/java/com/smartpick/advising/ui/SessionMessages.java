package com.smartpick.advising.ui;

import com.smartpick.advising.security.SignOut;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.DefaultSystemMessagesProvider;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinRequest;

/**
 * What the browser says when its session is gone (idle too long, or the server restarted) and the user clicks or
 * types on a page that no longer exists on the server. The unsaved edits on that page cannot be recovered, and the
 * message says so plainly instead of Vaadin's default silent reload, which would throw them away without a word.
 */
public final class SessionMessages implements SystemMessagesProvider {

    public static final String EXPIRED_CAPTION = "Your session has ended";
    public static final String EXPIRED_MESSAGE = "You were away for a while, or the portal restarted. Changes on this "
            + "page that you had not saved were not saved: copy anything you need now, then click here or press Esc "
            + "to reload and sign in again.";

    private static final CustomizedSystemMessages MESSAGES = new CustomizedSystemMessages();

    static {
        MESSAGES.setSessionExpiredCaption(EXPIRED_CAPTION);
        MESSAGES.setSessionExpiredMessage(EXPIRED_MESSAGE);
        MESSAGES.setSessionExpiredNotificationEnabled(true);
    }

    /**
     * Signing out ends the session inside the very request that must then send the browser on to Keycloak's logout;
     * Vaadin answers that request as "session expired", and our notification would stop the browser there (still
     * signed in to Keycloak, so the next visit signs straight back in). The sign-out request gets Vaadin's default,
     * which follows the logout redirect, as it always did.
     */
    @Override
    public SystemMessages getSystemMessages(SystemMessagesInfo info) {
        VaadinRequest request = info.getRequest();
        if (request != null && request.getAttribute(SignOut.REQUEST_ATTRIBUTE) != null) {
            return DefaultSystemMessagesProvider.get().getSystemMessages(info);
        }
        return MESSAGES;
    }
}
