package com.smartpick.advising.audit.ui;

import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.audit.Disclosure;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;

/** A student's record of disclosures (FERPA 34 CFR 99.32): who read their record or letters, in which role, when. */
@AdvisingView("who-viewed-my-record")
@InMenu(label = "Who viewed my record", icon = VaadinIcon.EYE, order = 160)
@RolesAllowed("STUDENT")
@PageTitle("Who viewed my record · SmartPick Advising")
public class DisclosuresView extends VerticalLayout {

    public DisclosuresView(AuditService audit) {
        addClassName("disclosures-view");
        setSizeFull();
        Paragraph about = new Paragraph("Every time an advisor, a mentor or an administrator opens your profile, "
                + "your records or a letter about you, it is recorded here; the same person opening the same thing "
                + "again within the hour is counted on one line. You have a right to this record under FERPA "
                + "(34 CFR 99.32).");
        about.addClassName("muted");
        Grid<Disclosure> grid = new Grid<>();
        grid.setId("disclosure-grid");
        // what was read wraps onto more lines instead of ending in "…" on a phone
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(d -> Dates.when(d.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        // what was read comes before who read it: on a phone the first columns are the ones in sight
        grid.addColumn(Disclosure::what).setHeader("What").setWidth("14rem").setFlexGrow(1);
        grid.addColumn(d -> d.who() + " (" + d.roles().replace(",", ", ").toLowerCase() + ")").setHeader("Who")
                .setAutoWidth(true);
        grid.addColumn(Disclosure::timesInWords).setHeader("How often").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> audit.myDisclosures(query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("Nobody has viewed your record yet.");
        add(new H1("Who viewed my record"), about, grid);
        expand(grid);
    }
}
