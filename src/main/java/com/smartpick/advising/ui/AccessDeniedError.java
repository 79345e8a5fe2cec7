package com.smartpick.advising.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A signed-in person opened a page their role does not allow (Vaadin's view access control). Anonymous visitors
 * never get here: they are sent to sign in.
 */
@AnonymousAllowed
public class AccessDeniedError extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    static final String HEADING = "Not allowed";
    static final String EXPLANATION = "Your role does not give access to this page. If you think it should, ask your advisor or an administrator.";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(HttpStatusCode.FORBIDDEN.getCode(), HEADING, EXPLANATION, null);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
