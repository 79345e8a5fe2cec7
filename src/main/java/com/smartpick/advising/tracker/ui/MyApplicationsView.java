package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/** "My applications": the student's own tracker. */
@AdvisingView("applications")
@InMenu(label = "My applications", icon = VaadinIcon.CLIPBOARD_CHECK, order = 125)
@RolesAllowed("STUDENT")
@PageTitle("My applications · SmartPick Advising")
public class MyApplicationsView extends VerticalLayout implements BeforeEnterObserver {

    private final ApplicationTrackerService service;
    private final CurrentUser currentUser;

    public MyApplicationsView(ApplicationTrackerService service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
        addClassName("applications-view");
    }

    /** Read at every visit: the advisor may have published a list meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("My applications"), new SeasonTracker(service, currentUser.require().personId()));
    }
}
