package com.example.host;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The host portal's own page, reading the host's own table. */
@Route("host")
@AnonymousAllowed
public class HostHomeView extends VerticalLayout {

    public HostHomeView(JdbcClient jdbc) {
        add(new H1("Host portal"));
        jdbc.sql("select text from public.announcement order by id").query(String.class).list()
                .forEach(text -> add(new Paragraph(text)));
    }
}
