package com.smartpick.advising.audit.ui;

import com.smartpick.advising.audit.AuditEntry;
import com.smartpick.advising.audit.AuditFilter;
import com.smartpick.advising.audit.AuditService;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.security.PersonSummary;
import com.smartpick.advising.security.Role;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The admin's search of the audit trail: by who acted, whose record, which action (or its beginning) and which
 * days; a lazy grid with no count (the trail only grows), and the same search as a CSV download.
 */
@AdvisingView("audit")
@InMenu(label = "Audit trail", icon = VaadinIcon.RECORDS, order = 170)
@RolesAllowed("ADMIN")
@PageTitle("Audit trail · SmartPick Advising")
public class AuditTrailView extends VerticalLayout {

    final ComboBox<PersonSummary> actor = new ComboBox<>("Who acted");
    final ComboBox<PersonSummary> student = new ComboBox<>("Whose record");
    final TextField action = new TextField("Action");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>();
    /** The search as last set in the UI; the CSV download reads it from its own request thread. */
    private volatile AuditFilter filter = AuditFilter.NONE;

    public AuditTrailView(AuditService audit) {
        addClassName("audit-view");
        setSizeFull();
        personPicker(actor, audit, null, "audit-actor");
        personPicker(student, audit, Role.STUDENT, "audit-student");
        action.setId("audit-action");
        action.setPlaceholder("letter. or letter.read");
        action.setMaxLength(80);
        action.setClearButtonVisible(true);
        action.setValueChangeMode(ValueChangeMode.LAZY);
        action.setWidth("12em");
        from.setId("audit-from");
        from.setWidth("10em");
        to.setId("audit-to");
        to.setWidth("10em");
        actor.addValueChangeListener(change -> search());
        student.addValueChangeListener(change -> search());
        action.addValueChangeListener(change -> search());
        from.addValueChangeListener(change -> search());
        to.addValueChangeListener(change -> search());
        DownloadHandler csv = event -> {
            event.setFileName("audit-trail.csv");
            event.setContentType("text/csv; charset=utf-8");
            try (Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8)) {
                audit.exportCsv(filter, out);
            }
        };
        Anchor export = new Anchor(csv, "Export CSV");
        export.setId("audit-export");
        export.getElement().setAttribute("download", true);
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        HorizontalLayout filters = new HorizontalLayout(actor, student, action, from, to, export);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);

        grid.setId("audit-grid");
        grid.addColumn(e -> Dates.when(e.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.actorName() + " (" + e.actorRoles() + ")").setHeader("Who").setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader("Action").setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + (e.subjectId() == null ? "" : " #" + e.subjectId())).setHeader("Record")
                .setAutoWidth(true);
        grid.addColumn(e -> e.studentName() == null ? "" : e.studentName()).setHeader("Student").setAutoWidth(true);
        grid.addColumn(AuditTrailView::change).setHeader("Change").setWidth("18rem").setFlexGrow(1)
                .setTooltipGenerator(AuditTrailView::change);
        grid.setItems(query -> audit.search(filter, query.getOffset(), query.getLimit()).stream());
        grid.setEmptyStateText("No events match.");
        add(new H1("Audit trail"), filters, grid);
        expand(grid);
    }

    private void search() {
        PersonSummary who = actor.getValue();
        PersonSummary whose = student.getValue();
        filter = new AuditFilter(who == null ? null : who.id(), whose == null ? null : whose.id(), action.getValue(),
                from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private static String change(AuditEntry e) {
        StringBuilder text = new StringBuilder();
        if (e.before() != null || e.after() != null) {
            text.append(e.before() == null ? "—" : e.before()).append(" → ").append(e.after() == null ? "—" : e.after());
        }
        if (e.detail() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(e.detail());
        }
        return text.toString();
    }

    private static void personPicker(ComboBox<PersonSummary> picker, AuditService audit, @Nullable Role role, String id) {
        picker.setId(id);
        picker.setPlaceholder("Anyone");
        picker.setClearButtonVisible(true);
        picker.setItemLabelGenerator(PersonSummary::label);
        picker.setItems(query -> audit.people(query.getFilter().orElse(""), role).stream()
                .skip(query.getOffset()).limit(query.getLimit()));
        picker.setWidth("15em");
    }
}
