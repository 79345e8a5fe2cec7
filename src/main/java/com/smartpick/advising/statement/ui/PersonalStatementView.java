package com.smartpick.advising.statement.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.InMenu;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.ui.FeedbackPanel;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.smartpick.advising.unsaved.ui.UnsavedTextGuard;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The student's personal-statement drafts: pick one, edit it with a live character count, save. A save over a newer
 * save from another tab is refused with a message, never merged. Feedback visible to the student shows beside it.
 */
@AdvisingView("statements")
@InMenu(label = "Personal statement", icon = VaadinIcon.FILE_TEXT_O, order = 100)
@RolesAllowed("STUDENT")
@PageTitle("Personal statement · SmartPick Advising")
public class PersonalStatementView extends SplitLayout {

    private final StatementService statements;
    private final FeedbackService feedback;
    private final UnsavedTextService unsaved;
    private final Grid<PersonalStatement> drafts = new Grid<>();
    private final VerticalLayout editor = new VerticalLayout();

    public PersonalStatementView(StatementService statements, FeedbackService feedback, UnsavedTextService unsaved) {
        this.statements = statements;
        this.feedback = feedback;
        this.unsaved = unsaved;
        addClassName("statement-view");
        setSizeFull();
        setSplitterPosition(38);

        TextField newTitle = new TextField();
        newTitle.setId("statement-new-title");
        newTitle.setPlaceholder("Title of a new draft");
        newTitle.setMaxLength(StatementService.MAX_TITLE);
        Button create = new Button("New draft", VaadinIcon.PLUS.create(), click -> {
            UserActions.result(() -> statements.create(newTitle.getValue()), Map.of("title", newTitle)).ifPresent(made -> {
                newTitle.clear();
                refresh(made.id());
            });
        });
        create.setId("statement-create");
        HorizontalLayout bar = new HorizontalLayout(newTitle, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        drafts.setId("statement-grid");
        drafts.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        drafts.addColumn(s -> s.title() + (s.shared() ? " (shared)" : "")).setHeader("Draft").setFlexGrow(1);
        drafts.addColumn(s -> Dates.when(s.updatedAt())).setHeader("Saved").setAutoWidth(true).setFlexGrow(0);
        drafts.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        VerticalLayout master = new VerticalLayout(new H1("Personal statement"), bar, drafts);
        master.setSizeFull();
        master.expand(drafts);
        editor.setSizeFull();
        addToPrimary(master);
        addToSecondary(editor);
        refresh(null);
    }

    private void refresh(@Nullable Long selectId) {
        var items = statements.myDrafts();
        drafts.setItems(items);
        // the most recently saved draft opens unless another was asked for
        items.stream().filter(s -> selectId == null || s.id() == selectId).findFirst()
                .ifPresentOrElse(drafts::select, () -> show(null));
    }

    private void show(@Nullable PersonalStatement draft) {
        editor.removeAll();
        if (draft == null) {
            editor.add(new Paragraph("Choose a draft, or start a new one. Keep as many versions as you like "
                    + "(one per specialty, for instance)."));
            return;
        }
        TextField title = new TextField("Title");
        title.setId("statement-title");
        title.setWidthFull();
        title.setMaxLength(StatementService.MAX_TITLE);
        title.setValue(draft.title());
        TextArea body = new TextArea("Statement");
        body.setId("statement-body");
        body.setWidthFull();
        body.setMinHeight("20em");
        body.setMaxLength(StatementService.MAX_BODY);
        body.setValue(draft.body());
        body.setHelperText(count(draft.body()));
        UnsavedTextGuard kept = new UnsavedTextGuard(unsaved, "statement:" + draft.id(), body);
        body.addValueChangeListener(change -> body.setHelperText(count(change.getValue())));
        Button save = new Button("Save draft", click -> {
            UserActions.result(() -> statements.save(draft.id(), draft.version(), title.getValue(), body.getValue()),
                    Map.of("title", title, "body", body)).ifPresent(saved -> {
                kept.saved();
                Notifications.success("Draft saved.");
                refresh(saved.id());
            });
        });
        save.setId("statement-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(save, sharing(draft));
        actions.setWrap(true);
        Paragraph readers = new Paragraph(draft.sharedAt() == null
                ? "Only you can read this draft. Share it when you want your mentors' and advisor's comments."
                : "Shared since " + Dates.when(draft.sharedAt()) + ": your mentors and advisor read it as last saved "
                        + "and comment below.");
        readers.setId("statement-readers");
        readers.addClassName("muted");
        editor.add(title, kept, body, actions, readers, new FeedbackPanel("Feedback on this draft", feedback,
                FeedbackAbout.STATEMENT, draft.id(), () -> feedback.onStatement(draft.id()), unsaved));
    }

    private Button sharing(PersonalStatement draft) {
        Button button = draft.shared()
                ? new Button("Stop sharing", VaadinIcon.LOCK.create(), click -> UserActions.result(
                        () -> statements.unshare(draft.id())).ifPresent(taken -> {
                            Notifications.success("Only you can read \"" + taken.title() + "\" now.");
                            refresh(taken.id());
                        }))
                : new Button("Share with my mentors and advisor", VaadinIcon.USERS.create(), click -> UserActions.result(
                        () -> statements.share(draft.id())).ifPresent(shared -> {
                            Notifications.success("Shared: your mentors and advisor are told, and can read and comment.");
                            refresh(shared.id());
                        }));
        button.setId(draft.shared() ? "statement-unshare" : "statement-share");
        return button;
    }

    private static String count(String text) {
        return text.length() + " / " + StatementService.MAX_BODY + " characters";
    }
}
