package com.example.securehost.pages;

import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The host's own sign-in page. */
@Route("login")
@AnonymousAllowed
public class HostLoginView extends VerticalLayout {

    public HostLoginView() {
        LoginForm form = new LoginForm();
        form.setAction("login");
        add(form);
    }
}
