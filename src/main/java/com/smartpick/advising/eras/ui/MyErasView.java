package com.smartpick.advising.eras.ui;

import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/**
 * The signed-in student's own ERAS experiences: {@link ErasView} without a student id. A view of its own so that its
 * access annotation, which the navigation follows, names students only: staff reach a student's from their page.
 */
@RolesAllowed("STUDENT")
@PageTitle("ERAS experiences · SmartPick Advising")
public class MyErasView extends ErasView {

    public MyErasView(ErasService eras, UnsavedTextService unsaved) {
        super(eras, unsaved);
    }
}
