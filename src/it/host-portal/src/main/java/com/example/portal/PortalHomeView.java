package com.example.portal;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's own page, reading the portal's own table, with a link to the advising plugin. */
@Route("")
@PageTitle("University Portal")
@PermitAll
public class PortalHomeView extends VerticalLayout {

    public PortalHomeView(JdbcClient jdbc) {
        add(new H1("University Portal"));
        jdbc.sql("select text from public.announcement order by id").query(String.class).list()
                .forEach(text -> add(new Paragraph(text)));
        add(new Anchor("advising", "Residency advising"));
    }
}
