package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.RowOpening;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ReviewItem;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Submitted records waiting for the signed-in mentor or advisor, the longest waiting first. */
@AdvisingView("review")
@InMenu(label = "Review queue", icon = VaadinIcon.CHECK_SQUARE_O, order = 30)
@RolesAllowed({"MENTOR", "ADVISOR", "ADMIN"})
@PageTitle("Review queue · SmartPick Advising")
public class ReviewQueueView extends VerticalLayout {

    /** Records waiting longer than this are flagged (the readiness dashboard uses the same threshold). */
    static final Duration OVERDUE = Duration.ofDays(7);

    private static final String NOTHING_WAITING = "Nothing waiting: every submitted record of your students has been reviewed.";

    public ReviewQueueView(ExperienceService experience, Clock clock) {
        addClassName("review-queue-view");
        Instant now = clock.instant();
        Grid<ReviewItem> grid = new Grid<>();
        grid.setId("review-grid");
        // who and what in one two-line column, then how long it waited: on a phone both show before the grid scrolls
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(ReviewQueueView::record).setHeader("Record").setWidth("13rem").setFlexGrow(3);
        grid.addComponentColumn(i -> waiting(i, now)).setHeader("Waiting").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Dates.when(i.submittedAt())).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Labels.specialty(i.specialty())).setHeader("Specialty").setWidth("9rem").setFlexGrow(1);
        grid.addColumn(i -> (i.inUs() ? "US, " : "Abroad, ") + (i.handsOn() ? "hands-on" : "observation"))
                .setHeader("USCE").setWidth("9rem").setFlexGrow(1);
        grid.setEmptyStateText(NOTHING_WAITING);
        RowOpening.onClickOrEnter(grid, item -> UI.getCurrent().navigate(ExperienceRecordView.class,
                ExperienceRecordView.of(item.recordId())));

        TextField student = new TextField("Student");
        student.setId("review-search");
        student.setPlaceholder("Part of a name");
        student.setPrefixComponent(VaadinIcon.SEARCH.create());
        student.setClearButtonVisible(true);
        student.setValueChangeMode(ValueChangeMode.LAZY);
        student.setMaxLength(100);
        student.addValueChangeListener(change -> {
            grid.setItems(experience.reviewQueue(change.getValue()));
            grid.setEmptyStateText(change.getValue().isBlank() ? NOTHING_WAITING : "No waiting record of a student of that name.");
        });
        grid.setItems(experience.reviewQueue(""));
        HorizontalLayout filters = new HorizontalLayout(student);
        filters.addClassName("filter-bar");

        setSizeFull();
        add(new H1("Review queue"), new Paragraph("Submitted records of your students, the longest waiting first. "
                + "Open one to verify it or ask for changes."), filters, grid);
        expand(grid);
    }

    private static Div record(ReviewItem item) {
        Span what = new Span(item.type().label() + (item.revision() ? " (revision)" : "") + " at " + item.institution());
        what.addClassName("muted");
        Div cell = new Div(new Span(item.studentName()), what);
        cell.addClassName("two-line-cell");
        return cell;
    }

    private static Span waiting(ReviewItem item, Instant now) {
        Duration waited = Duration.between(item.submittedAt(), now);
        long days = waited.toDays();
        Span text = new Span(days == 0 ? "today" : days == 1 ? "1 day" : days + " days");
        if (waited.compareTo(OVERDUE) > 0) {
            text.getElement().getThemeList().add("badge error");
        }
        return text;
    }
}
