package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.experience.ExperienceService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/** The student's experience records, what their verified ones add up to, and a way to log a new one. */
@AdvisingView("experience")
@InMenu(label = "My experience", icon = VaadinIcon.DOCTOR, order = 80)
@RolesAllowed("STUDENT")
@PageTitle("My experience · SmartPick Advising")
public class MyExperienceView extends VerticalLayout {

    public MyExperienceView(ExperienceService experience) {
        addClassName("my-experience-view");
        Button create = new Button("New record", VaadinIcon.PLUS.create(), click -> new ExperienceEditor("New experience",
                null, null, experience::myLookAlikes, experience::create, saved -> {
                    Notifications.success("Saved as a draft. Attach a certificate, then submit it for review.");
                    UI.getCurrent().navigate(ExperienceRecordView.class, ExperienceRecordView.of(saved.id()));
                }).open());
        create.setId("experience-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H1("My experience"), create);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        add(header, new ExperienceList(experience.myRecords(), experience.mySummary()));
    }
}
