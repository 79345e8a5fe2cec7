package com.smartpick.advising.ui;

import com.smartpick.advising.base.NotFoundException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A record that does not exist or is not the viewer's to see, raised while a view opens: the same words for both,
 * as the services intend.
 */
@AnonymousAllowed
public class RecordNotFoundError extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(HttpStatusCode.NOT_FOUND.getCode(), PageNotFoundError.HEADING,
                "What this address points to does not exist, or is not among the records you may see.", null);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
