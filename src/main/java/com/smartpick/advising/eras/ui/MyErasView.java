package com.smartpick.advising.eras.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The signed-in student's own ERAS experiences: {@link ErasView} without a student id. A view of its own so that its
 * access annotation, which the navigation follows, names students only: staff reach a student's from their page.
 */
@AdvisingView("eras")
@InMenu(label = "ERAS experiences", icon = VaadinIcon.LIST_OL, order = 90)
@RolesAllowed("STUDENT")
@PageTitle("ERAS experiences · SmartPick Advising")
public class MyErasView extends ErasView {

    public MyErasView(ErasService eras, UnsavedTextService unsaved) {
        super(eras, unsaved);
    }
}
