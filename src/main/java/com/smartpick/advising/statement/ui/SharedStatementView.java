package com.smartpick.advising.statement.ui;

import com.smartpick.advising.base.AdvisingProperties;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.ui.FeedbackPanel;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;

/**
 * A personal-statement draft a student shared, for the staff who may see the student: the text as last saved, and
 * feedback on it. A draft the student has not shared (or has taken back) is "not found", as a missing one is: the
 * service never returns it to staff.
 */
@AdvisingView("statements/:" + SharedStatementView.STATEMENT_ID)
@RolesAllowed({"MENTOR", "ADVISOR", "ADMIN"})
public class SharedStatementView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String STATEMENT_ID = "statementId";

    private final StatementService statements;
    private final FeedbackService feedback;
    private final UnsavedTextService unsaved;
    private final AdvisingProperties properties;
    private String title = "Personal statement · SmartPick Advising";

    public SharedStatementView(StatementService statements, FeedbackService feedback, UnsavedTextService unsaved,
            AdvisingProperties properties) {
        this.properties = properties;
        this.statements = statements;
        this.feedback = feedback;
        this.unsaved = unsaved;
        addClassName("shared-statement-view");
    }

    public static RouteParameters of(long statementId) {
        return new RouteParameters(STATEMENT_ID, Long.toString(statementId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            show(statements.draft(Long.parseLong(event.getRouteParameters().get(STATEMENT_ID).orElse(""))));
        } catch (NumberFormatException | NotFoundException e) {
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Personal statement", "There is no such draft among those shared with you. A student "
                    + "shares a draft from their Personal statement page, and may take it back."));
        }
    }

    private void show(PersonalStatement draft) {
        title = draft.title() + " · SmartPick Advising";
        // by its path: the student's page shows this one's link, so naming that view's class here would be a cycle
        Anchor back = new Anchor(properties.route("students/" + draft.studentId()), "← " + draft.studentName());
        back.setId("shared-statement-student");
        back.getElement().setAttribute("router-link", true);
        H1 heading = new H1(draft.title());
        heading.setId("shared-statement-title");
        Paragraph about = new Paragraph(draft.studentName() + "'s personal-statement draft, shared on "
                + Dates.when(Objects.requireNonNull(draft.sharedAt())) + ", last saved " + Dates.when(draft.updatedAt())
                + ". The student keeps editing it; what you write below is theirs to read unless you mark it staff only.");
        about.addClassName("muted");
        Div text = new Div();
        text.setText(draft.body().isBlank() ? "(Nothing written yet.)" : draft.body());
        text.setId("shared-statement-body");
        text.addClassName("statement-text");
        Paragraph count = new Paragraph(draft.body().length() + " / " + StatementService.MAX_BODY + " characters");
        count.addClassName("muted");
        add(back, heading, about, text, count, new FeedbackPanel("Feedback on this draft", feedback, FeedbackAbout.STATEMENT,
                draft.id(), () -> feedback.onStatement(draft.id()), unsaved));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
