package com.smartpick.advising.tracker.ui;

import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.tracker.ApplicationTrackerService;
import com.smartpick.advising.tracker.TrackerSeasons;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** A student's tracker with its season chosen above it: the season under way first, earlier ones read-only. */
class SeasonTracker extends VerticalLayout {

    private String studentName = "";

    /** @throws com.smartpick.advising.base.NotFoundException for a student the viewer may not see */
    SeasonTracker(ApplicationTrackerService service, long studentId) {
        setPadding(false);
        setWidthFull();
        TrackerSeasons seasons = service.seasons(studentId);
        Select<Integer> season = new Select<>();
        season.setId("tracker-season");
        season.setLabel("Match season");
        season.setItems(seasons.all());
        season.setItemLabelGenerator(year -> year + " Match");
        Paragraph about = new Paragraph("Per program of the published SmartPick list: the application, the interview "
                + "(invited, then declined or attended), the place on the rank order list and the outcome. The chance "
                + "shown is SmartPick's chance of an interview at each program, as the published list gave it; it is "
                + "kept with the program once tracked. Select programs (the header's box selects all) to mark them "
                + "applied or invited on a date at once.");
        about.addClassName("tracker-about");
        Div holder = new Div();
        holder.setWidthFull();
        season.addValueChangeListener(e -> {
            holder.removeAll();
            if (e.getValue() != null) {
                UserActions.result(() -> service.tracker(studentId, e.getValue()))
                        .ifPresent(tracker -> {
                            studentName = tracker.studentName();
                            holder.add(new TrackerPanel(service, tracker));
                        });
            }
        });
        add(about, season, holder);
        season.setValue(seasons.opening());
    }

    String studentName() {
        return studentName;
    }
}
