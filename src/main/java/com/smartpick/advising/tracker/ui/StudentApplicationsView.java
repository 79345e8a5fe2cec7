package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.RolesAllowed;

/** A student's tracker as her advisors, mentors and admins see it, and record in it for her. */
@AdvisingView("applications/students/:" + StudentApplicationsView.STUDENT_ID)
@RolesAllowed({"ADVISOR", "MENTOR", "ADMIN"})
public class StudentApplicationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String STUDENT_ID = "studentId";

    private final ApplicationTrackerService service;
    private final AdvisingProperties properties;
    private String title = "Applications · SmartPick Advising";

    public StudentApplicationsView(ApplicationTrackerService service, AdvisingProperties properties) {
        this.service = service;
        this.properties = properties;
        addClassName("applications-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        long studentId;
        SeasonTracker tracker;
        try {
            studentId = Long.parseLong(event.getRouteParameters().get(STUDENT_ID).orElse(""));
            tracker = new SeasonTracker(service, studentId);
        } catch (NumberFormatException | NotFoundException e) {
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Student", "There is no student with this id among the students you advise or mentor."));
            return;
        }
        title = "Applications · " + tracker.studentName() + " · SmartPick Advising";
        Anchor back = new Anchor(properties.path("students/" + studentId), "← " + tracker.studentName());
        add(back, new H1("Applications · " + tracker.studentName()), tracker);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
