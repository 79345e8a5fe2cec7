package com.smartpick.advising.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What a page shows for an id that does not exist or that the viewer may not see: the same words for both, so the
 * page tells nothing about records beyond the viewer's reach. Its heading has the id {@code not-found}.
 */
public class NotFoundMessage extends Div {

    /** The title of a page that shows this message. */
    public static final String PAGE_TITLE = "Not found · SmartPick Advising";

    public NotFoundMessage(String what, String explanation) {
        H1 heading = new H1(what + " not found");
        heading.setId("not-found");
        add(heading, new Paragraph(explanation));
    }
}
