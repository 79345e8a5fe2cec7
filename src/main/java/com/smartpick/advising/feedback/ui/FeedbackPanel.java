package com.smartpick.advising.feedback.ui;

import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.feedback.Feedback;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.smartpick.advising.unsaved.ui.UnsavedTextGuard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Feedback on one subject (a record, a personal-statement draft, or the student in general): the list the viewer may
 * read, and for staff a form with the choice of who may read it. What a student sees comes from the service, which
 * never returns staff-only feedback to them; this panel adds no filtering of its own to forget.
 */
public class FeedbackPanel extends VerticalLayout {

    private final FeedbackService feedback;
    private final Supplier<List<Feedback>> load;
    private final VerticalLayout list = new VerticalLayout();

    public FeedbackPanel(String title, FeedbackService feedback, FeedbackAbout about, long subjectId,
            Supplier<List<Feedback>> load, UnsavedTextService unsaved) {
        this.feedback = feedback;
        this.load = load;
        addClassName("feedback-panel");
        setPadding(false);
        list.setPadding(false);
        list.setId("feedback-list");
        add(new H2(title));
        if (feedback.canWrite()) {
            add(form(about, subjectId, unsaved));
        }
        add(list);
        refresh();
    }

    private Div form(FeedbackAbout about, long subjectId, UnsavedTextService unsaved) {
        TextArea body = new TextArea("New feedback");
        body.setId("feedback-body");
        body.setWidthFull();
        body.setMaxLength(4000);
        UnsavedTextGuard kept = new UnsavedTextGuard(unsaved, "feedback:" + about.name() + ":" + subjectId, body);
        RadioButtonGroup<FeedbackVisibility> visibility = new RadioButtonGroup<>();
        visibility.setId("feedback-visibility");
        visibility.setItems(FeedbackVisibility.values());
        visibility.setItemLabelGenerator(FeedbackVisibility::label);
        visibility.setValue(FeedbackVisibility.STUDENT);
        Button give = new Button("Add feedback", click -> {
            if (UserActions.attempt(() -> feedback.give(about, subjectId, visibility.getValue(), body.getValue()),
                    Map.of("body", body))) {
                Notifications.success(visibility.getValue() == FeedbackVisibility.STUDENT
                        ? "Feedback added; the student is notified." : "Staff-only note added.");
                kept.saved();
                body.clear();
                refresh();
            }
        });
        give.setId("feedback-add");
        Div form = new Div(kept, body, visibility, give);
        form.addClassName("feedback-form");
        return form;
    }

    private void refresh() {
        list.removeAll();
        List<Feedback> items = load.get();
        if (items.isEmpty()) {
            list.add(new Paragraph("No feedback yet."));
        }
        for (Feedback f : items) {
            Span who = new Span(f.authorName() + " · " + Dates.when(f.createdAt()));
            who.addClassName("muted");
            Div item = new Div(who);
            if (f.visibility() == FeedbackVisibility.STAFF_ONLY) {
                Span badge = new Span("Staff only");
                badge.getElement().getThemeList().add("badge contrast small");
                item.add(badge);
                item.addClassName("staff-only");
            }
            Paragraph body = new Paragraph(f.body());
            body.addClassName("feedback-body");
            item.add(body);
            item.addClassName("feedback-item");
            list.add(item);
        }
    }
}
