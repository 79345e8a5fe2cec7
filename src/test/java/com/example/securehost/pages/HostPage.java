package com.example.securehost.pages;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** One of the host's own pages. */
@Route("host")
@AnonymousAllowed
public class HostPage extends VerticalLayout {

    public HostPage() {
        add(new H1("Host portal"));
    }
}
