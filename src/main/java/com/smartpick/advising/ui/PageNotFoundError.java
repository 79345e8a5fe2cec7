package com.smartpick.advising.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** An address that leads nowhere (Vaadin's own "no route"), in the app's look instead of the route list of dev mode. */
@AnonymousAllowed
public class PageNotFoundError extends ErrorPage implements HasErrorParameter<NotFoundException> {

    static final String HEADING = "Page not found";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        show(HttpStatusCode.NOT_FOUND.getCode(), HEADING,
                "There is no page at this address. Check the address, or go back to the home page.", null);
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
