package com.smartpick.advising.base.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.vaadin.flow.component.html.Anchor;

/**
 * A term the help page explains, with its anchor there: pages link the words where they show them. The help page
 * renders one entry per constant, so a link made here always finds its anchor.
 */
public enum HelpTerm {
    TIERS("tiers"),
    SIGNALS("signals"),
    CHANCE("chance-of-matching"),
    RANGE("range"),
    STAFF_ONLY("staff-only");

    /** The help page's route, under the plugin's prefix. */
    public static final String ROUTE = "help";

    private final String anchor;

    HelpTerm(String anchor) {
        this.anchor = anchor;
    }

    public String anchor() {
        return anchor;
    }

    public String href(AdvisingProperties properties) {
        return properties.path(ROUTE) + "#" + anchor;
    }

    /** A link to the term's explanation, e.g. "What do the tiers mean?". */
    public Anchor link(AdvisingProperties properties, String text) {
        Anchor link = new Anchor(href(properties), text);
        link.addClassName("help-link");
        return link;
    }
}
