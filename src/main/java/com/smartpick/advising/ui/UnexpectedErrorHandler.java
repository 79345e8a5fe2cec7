package com.smartpick.advising.ui;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.base.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/** Failures nobody caught: logged in full for us, told in one plain sentence to the user, never as a stack trace. */
public class UnexpectedErrorHandler implements ErrorHandler {

    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorHandler.class);

    @Override
    public void error(ErrorEvent event) {
        Throwable error = event.getThrowable();
        String message;
        if (error instanceof AccessDeniedException) {
            message = "You are not allowed to do that.";
        } else if (Outages.databaseUnreachable(error)) {
            LOG.warn("Database unreachable during a user action: {}", error.toString());
            message = Outages.DATABASE_MESSAGE + " What you typed is still on this page.";
        } else {
            LOG.error("Unexpected error in the advising UI", error);
            message = "Something went wrong and nothing was saved. Please try again; if it keeps happening, tell your advisor.";
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notifications.error(message));
        }
    }
}
