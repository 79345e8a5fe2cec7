package com.smartpick.advising.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An {@link AdvisingView}'s entry in the navigation, and its card on the home page if it has one. Both are shown to
 * exactly the viewers the view's access annotation admits.
 *
 * <p>Not Vaadin's {@code @Menu}: its entries are every route of the application, a host portal's too, and it lists
 * none where no Vaadin navigation access control runs (a host's security may have none); it has no card either.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface InMenu {

    String label();

    VaadinIcon icon();

    /** Where the entry stands in the navigation (and its card on the home page): lower first. */
    int order();

    /** What the view is for, on the home page's card; empty: no card. */
    String card() default "";

    /**
     * A component shown after the label (the inbox's unread count), made with the navigation by Vaadin's instantiator,
     * so it may take beans; {@code Component} itself: none.
     */
    Class<? extends Component> suffix() default Component.class;
}
