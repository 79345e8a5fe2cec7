package com.example.securehost;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The host's own "not found" page, for its addresses and the plugin's alike. */
@AnonymousAllowed
public class HostNotFoundView extends Div implements HasErrorParameter<NotFoundException> {

    static final String HEADING = "Nothing here · Host portal";

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        add(new H1(HEADING));
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
