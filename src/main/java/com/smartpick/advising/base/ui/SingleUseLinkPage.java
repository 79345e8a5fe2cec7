package com.smartpick.advising.base.ui;

import com.smartpick.advising.base.NotFoundException;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;

/**
 * A page opened from a single-use link by someone without an account (a physician outside the portal): the token in
 * the route is the only key. A used, expired or mistyped link shows the same "not usable" page, and nothing behind it.
 *
 * @param <T> what a usable token opens
 */
public abstract class SingleUseLinkPage<T> extends VerticalLayout implements BeforeEnterObserver {

    /** The route parameter holding the token. */
    public static final String TOKEN = "token";

    private final String heading;
    private final String whatTheStudentNeeds;

    /** @param whatTheStudentNeeds what a new link would be for, said to the reader: "your letter" */
    protected SingleUseLinkPage(String heading, String whatTheStudentNeeds) {
        this.heading = heading;
        this.whatTheStudentNeeds = whatTheStudentNeeds;
        addClassName("outside-view");
        // the page stands alone, without the frame whose <main> marks the content for screen readers
        getElement().setAttribute("role", "main");
        // the page has no main layout around it to give it one
        getElement().setAttribute("role", "main");
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get(TOKEN).orElse("");
        add(new H1(heading));
        T opened;
        try {
            opened = open(token);
        } catch (NotFoundException unusable) {
            add(new Paragraph("This link cannot be used: it was used already, it expired, or it is incomplete. If the "
                    + "student still needs " + whatTheStudentNeeds + ", ask them to send a new request."));
            return;
        }
        show(token, opened);
    }

    /** What the token opens; {@link NotFoundException} when it is used, expired or unknown. */
    protected abstract T open(String token);

    /** The page for a usable token, below the heading. */
    protected abstract void show(String token, T opened);

    /** After the answer: thanks, and nothing more of what the link opened. */
    protected void thank(String message) {
        removeAll();
        add(new H1("Thank you"), new Paragraph(message));
    }
}
