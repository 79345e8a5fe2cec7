package com.smartpick.advising.ui;

import com.smartpick.advising.base.Outages;
import com.smartpick.advising.base.ui.Notifications;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.ServerRpcHandler;
import java.util.stream.Stream;
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
        } else if (raisedReadingAMalformedMessage(error)) {
            LOG.warn("Refused a malformed message from the browser: {}", oneLine(error));
            message = "Something went wrong and nothing was saved. Please reload the page.";
        } else {
            // a click arrives as a post to Vaadin's own path: the page it came from says more
            LOG.error("{} failed on page /{}", request(),
                    UI.getCurrent() == null ? "" : UI.getCurrent().getInternals().getActiveViewLocation().getPath(), error);
            message = "Something went wrong and nothing was saved. Please try again; if it keeps happening, tell your advisor.";
        }
        if (UI.getCurrent() != null) {
            UI.getCurrent().access(() -> Notifications.error(message));
        }
    }

    /**
     * Thrown where Vaadin reads what the browser sent (an invocation of an unknown type, a value of the wrong type, a
     * missing field), with only Vaadin's code between there and its message reader: a message no Vaadin client sends,
     * which anyone can send in a loop, rather than a bug worth a stack trace. A listener of ours on the way (an event
     * handler that failed) makes it a bug again.
     */
    static boolean raisedReadingAMalformedMessage(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String type = frame.getClassName();
            if (type.equals(ServerRpcHandler.class.getName())) {
                return true;
            }
            if (!Stream.of("java.", "jdk.", "tools.jackson.", "com.vaadin.").anyMatch(type::startsWith)) {
                return false;
            }
        }
        return false;
    }

    /** The request a failure happened in, for its one log event: its method and path. */
    static String request() {
        return VaadinRequest.getCurrent() instanceof VaadinServletRequest http
                ? http.getMethod() + " " + http.getRequestURI() : "A request";
    }

    /** The exception's type and message, on one line: the message may quote the browser's text, line breaks and all. */
    private static String oneLine(Throwable error) {
        String text = error.getClass().getSimpleName() + ": " + error.getMessage();
        text = text.codePoints().map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() <= 200 ? text : text.substring(0, 199) + "…";
    }
}
