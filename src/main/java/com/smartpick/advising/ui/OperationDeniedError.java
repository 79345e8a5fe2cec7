package com.smartpick.advising.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.access.AccessDeniedException;

/** A service refused the viewer while a view opened (the role check the services make again behind the views). */
@AnonymousAllowed
public class OperationDeniedError extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        show(HttpStatusCode.FORBIDDEN.getCode(), AccessDeniedError.HEADING, AccessDeniedError.EXPLANATION, null);
        return HttpStatusCode.FORBIDDEN.getCode();
    }
}
