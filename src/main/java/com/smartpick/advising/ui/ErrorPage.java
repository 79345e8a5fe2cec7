package com.smartpick.advising.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import org.jspecify.annotations.Nullable;

/**
 * The look of every Vaadin error page: the app's brand, one plain sentence, a way home. Deliberately outside
 * {@link MainLayout}: the frame needs a signed-in person and a working database, and an error page must show
 * without either. No exception text ever reaches the page.
 */
@StyleSheet("themes/advising/styles.css")
abstract class ErrorPage extends Div implements HasDynamicTitle {

    private String title = "Error · SmartPick Advising";

    ErrorPage() {
        addClassName("error-page");
        // the page stands alone, without the frame whose <main> marks the content for screen readers
        getElement().setAttribute("role", "main");
    }

    /** @param reference shown so a user can quote it to support and we can find the log entry */
    final void show(int status, String heading, String explanation, @Nullable String reference) {
        removeAll();
        title = heading + " · SmartPick Advising";
        Span brand = new Span("SmartPick Advising");
        brand.addClassName("error-brand");
        Span code = new Span(String.valueOf(status));
        code.addClassName("error-status");
        H1 h1 = new H1(heading);
        h1.setId("error-heading");
        Paragraph text = new Paragraph(explanation);
        text.setId("error-explanation");
        Anchor home = new Anchor("/", "Go to the home page");
        home.setId("error-home");
        Div card = new Div(brand, code, h1, text);
        if (reference != null) {
            Paragraph ref = new Paragraph("Reference for support: " + reference);
            ref.addClassName("error-reference");
            card.add(ref);
        }
        card.add(home);
        card.addClassName("error-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
