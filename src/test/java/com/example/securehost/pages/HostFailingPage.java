package com.example.securehost.pages;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A page of the host's with a bug: which error page shows is the host's to decide. */
@Route("host/failing")
@AnonymousAllowed
public class HostFailingPage extends Div {

    public HostFailingPage() {
        throw new IllegalStateException("a bug in the host's page");
    }
}
