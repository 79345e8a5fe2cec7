package com.smartpick.advising.experience.ui;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.UploadedFile;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.BackLink;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.experience.Attachment;
import com.smartpick.advising.experience.ExperienceAction;
import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceStatus;
import com.smartpick.advising.experience.Transition;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.ui.FeedbackPanel;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One experience record for whoever may see it: its details, certificates, history and feedback. The student edits
 * and submits it here; a mentor or advisor verifies it or asks for changes. An id the viewer may not see shows "not
 * found" and nothing else.
 */
@AdvisingView("experience/:" + ExperienceRecordView.RECORD_ID)
@RolesAllowed({"STUDENT", "MENTOR", "ADVISOR", "ADMIN"})
public class ExperienceRecordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String RECORD_ID = "recordId";

    private final ExperienceService experience;
    private final FeedbackService feedback;
    private final UnsavedTextService unsaved;
    private final Viewer viewer;
    private String title = "Experience record · SmartPick Advising";

    public ExperienceRecordView(ExperienceService experience, FeedbackService feedback, CurrentUser currentUser,
            UnsavedTextService unsaved) {
        this.experience = experience;
        this.unsaved = unsaved;
        this.feedback = feedback;
        this.viewer = currentUser.require();
        addClassName("experience-record-view");
    }

    public static RouteParameters of(long recordId) {
        return new RouteParameters(RECORD_ID, Long.toString(recordId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(BackLink.to(viewer.may(Permission.KEEP_OWN_APPLICATION) ? MyExperienceView.class : ReviewQueueView.class));
        try {
            show(experience.record(Long.parseLong(event.getRouteParameters().get(RECORD_ID).orElse(""))));
        } catch (NumberFormatException | NotFoundException e) {
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Experience record", "There is no such record among those you may see."));
        }
    }

    private void show(ExperienceRecord record) {
        ExperienceDetails d = record.details();
        Set<ExperienceAction> offered = experience.actionsOn(record);
        title = d.institution() + " · SmartPick Advising";
        H1 heading = new H1(d.type().label() + " at " + d.institution());
        heading.setId("record-title");
        Span status = Labels.status(record.status());
        status.setId("record-status");
        Div head = new Div(heading, status);
        head.addClassName("record-head");
        add(head, new Paragraph(record.studentName() + " · " + Labels.place(d) + " · " + d.period()));
        if (record.revisionOf() != null) {
            add(note("A revision of a verified record: the verified version keeps counting until this one is verified."));
        }
        if (record.supersededBy() != null) {
            add(note("An earlier verified version: a newer verified revision replaced it."));
        }
        if (record.status() == ExperienceStatus.CHANGES_REQUESTED && offered.contains(ExperienceAction.EDIT)) {
            add(note("Your reviewer asked for changes: see their feedback below, edit the record and submit it again."));
        }
        if (record.confirmation() != null) {
            Paragraph confirmed = note("Confirmed by " + record.confirmation().name() + " ("
                    + record.confirmation().email() + "), the supervising physician, on "
                    + Dates.when(record.confirmation().at()) + ", through a link sent to that address.");
            confirmed.setId("record-confirmation");
            add(confirmed);
        }
        add(actions(record, offered), details(d), new H2("Certificates"), certificates(record, offered), new H2("History"),
                history(record), new FeedbackPanel("Feedback", feedback, FeedbackAbout.RECORD, record.id(),
                        () -> feedback.onRecord(record.id()), unsaved));
    }

    /** The moves offered, wrapping onto more lines on a narrow screen so that none falls off it. */
    private Div actions(ExperienceRecord record, Set<ExperienceAction> offered) {
        Div actions = new Div();
        actions.addClassName("record-actions");
        if (offered.contains(ExperienceAction.EDIT)) {
            boolean verified = record.status() == ExperienceStatus.VERIFIED;
            Button edit = new Button(verified ? "Edit (new revision)" : "Edit", VaadinIcon.EDIT.create(),
                    click -> new ExperienceEditor("Edit experience", record.details(), verified
                            ? "This record is verified. Your edit becomes a new draft revision; the verified version "
                                    + "stays and keeps counting until the revision is verified."
                            : null, details -> List.of(),
                            details -> experience.edit(record.id(), record.version(), details), saved -> {
                                Notifications.success(saved.id() == record.id() ? "Saved." : "A new draft revision was started.");
                                open(saved.id());
                            }).open());
            edit.setId("record-edit");
            actions.add(edit);
        }
        if (offered.contains(ExperienceAction.SUBMIT)) {
            Button submit = new Button("Submit for review", VaadinIcon.PAPERPLANE.create(), click -> Confirm.unlessLookAlike(experience.lookAlikesOf(record.id()),
                    "You already have a record like this one", "Submit anyway", () -> {
                        if (UserActions.attempt(() -> experience.submit(record.id(), record.version()))) {
                            Notifications.success("Submitted: your mentor will review it.");
                            open(record.id());
                        }
                    }));
            submit.setId("record-submit");
            submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(submit);
        }
        if (offered.contains(ExperienceAction.WITHDRAW)) {
            Button withdraw = new Button("Withdraw from review", VaadinIcon.ARROW_BACKWARD.create(), click -> Confirm.ask(
                    "Withdraw this record from review?", "Your " + record.details().describe() + " goes back to draft and "
                            + "leaves your reviewer's queue. Change it if you like, then submit it again.",
                    "Withdraw", false, () -> {
                        if (UserActions.attempt(() -> experience.withdraw(record.id(), record.version()))) {
                            Notifications.success("Withdrawn: it is a draft again.");
                            open(record.id());
                        }
                    }));
            withdraw.setId("record-withdraw");
            actions.add(withdraw);
        }
        if (offered.contains(ExperienceAction.ASK_CONFIRMATION)) {
            Button ask = new Button("Ask the supervisor to confirm", VaadinIcon.ENVELOPE_O.create(), click -> {
                if (UserActions.attempt(() -> experience.askForConfirmation(record.id()))) {
                    Notifications.success("Sent to " + record.details().supervisorEmail()
                            + ": the record shows their confirmation once they answer.");
                }
            });
            ask.setId("record-ask-confirmation");
            actions.add(ask);
        }
        if (offered.contains(ExperienceAction.DELETE)) {
            Button delete = new Button("Delete draft", VaadinIcon.TRASH.create(), click -> Confirm.ask("Delete this draft?",
                    "Your " + record.details().describe() + " is deleted with its certificates and feedback. This cannot "
                            + "be undone.", "Delete", true, () -> {
                        if (UserActions.attempt(() -> experience.delete(record.id(), record.version()))) {
                            Notifications.success("Deleted the draft " + record.details().describe() + ".");
                            UI.getCurrent().navigate(MyExperienceView.class);
                        }
                    }));
            delete.setId("record-delete");
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        if (offered.contains(ExperienceAction.VERIFY)) {
            Button verify = new Button("Verify", VaadinIcon.CHECK.create(), click -> Confirm.unlessLookAlike(experience.lookAlikesOf(record.id()),
                    "The student has a record like this one", "Verify anyway", () -> {
                        if (UserActions.attempt(() -> experience.verify(record.id(), record.version()))) {
                            Notifications.success("Verified; the student is notified.");
                            open(record.id());
                        }
                    }));
            verify.setId("record-verify");
            verify.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            actions.add(verify);
        }
        if (offered.contains(ExperienceAction.REQUEST_CHANGES)) {
            TextArea message = new TextArea("What should the student change?");
            message.setId("record-change-message");
            message.setMaxLength(ExperienceService.MAX_REVIEW_NOTE);
            message.setWidthFull();
            Button requestChanges = new Button("Request changes", VaadinIcon.ARROW_BACKWARD.create(), click -> {
                if (UserActions.attempt(() -> experience.requestChanges(record.id(), record.version(), message.getValue()),
                        Map.of("message", message))) {
                    Notifications.success("Returned to the student with your message.");
                    open(record.id());
                }
            });
            requestChanges.setId("record-request-changes");
            Div changes = new Div(message, requestChanges);
            changes.addClassName("record-request-changes");
            actions.add(changes);
        }
        return actions;
    }

    private static Div details(ExperienceDetails d) {
        Div grid = new Div();
        grid.addClassName("record-details");
        field(grid, "Hands-on", d.handsOn() ? "Hands-on patient care" : "Observation only");
        field(grid, "Specialty", Labels.specialty(d.specialty()));
        field(grid, "Setting", d.setting().label());
        field(grid, "Department", d.department());
        field(grid, "Hours per week", Integer.toString(d.hoursPerWeek()));
        field(grid, "Supervisor", d.supervisorName() + (d.supervisorTitle() == null ? "" : ", " + d.supervisorTitle())
                + (d.supervisorEmail() == null ? "" : " <" + d.supervisorEmail() + ">"));
        field(grid, "Tasks", d.tasks());
        field(grid, "Procedures", d.procedures());
        field(grid, "EHR systems", String.join(", ", d.ehrSystems()));
        field(grid, "Trainings", String.join(", ", d.trainings()));
        return grid;
    }

    private static void field(Div grid, String label, @Nullable String value) {
        Span name = new Span(label);
        name.addClassName("muted");
        grid.add(name, new Span(value == null || value.isBlank() ? "—" : value));
    }

    private VerticalLayout certificates(ExperienceRecord record, Set<ExperienceAction> offered) {
        VerticalLayout box = new VerticalLayout();
        box.setPadding(false);
        box.setId("record-certificates");
        List<Attachment> files = experience.attachments(record.id());
        if (files.isEmpty()) {
            box.add(new Paragraph("No certificates attached."));
        }
        boolean editable = offered.contains(ExperienceAction.CHANGE_FILES);
        for (Attachment file : files) {
            Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> {
                UploadedFile content = experience.download(file.id());
                return new DownloadResponse(new ByteArrayInputStream(content.content()), content.fileName(),
                        content.kind().mediaType(), content.size());
            }), file.fileName() + " (" + UploadedFile.readableSize(file.sizeBytes()) + ")");
            HorizontalLayout row = new HorizontalLayout(download);
            if (editable) {
                Button remove = new Button("Remove", click -> {
                    if (UserActions.attempt(() -> experience.removeAttachment(record.id(), file.id()))) {
                        open(record.id());
                    }
                });
                remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                row.add(remove);
            }
            box.add(row);
        }
        if (editable) {
            UI ui = UI.getCurrent();
            // the service call runs under the session lock, in a request of the signed-in session, like any click
            Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
                if (UserActions.attempt(() -> experience.attach(record.id(), metadata.fileName(), bytes))) {
                    Notifications.success(metadata.fileName() + " attached.");
                    open(record.id());
                }
            })));
            upload.setId("record-upload");
            upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
            upload.setMaxFileSize(ExperienceService.MAX_ATTACHMENT_BYTES);
            upload.setDropLabel(new Span("PDF, PNG or JPEG, at most "
                    + UploadedFile.readableSize(ExperienceService.MAX_ATTACHMENT_BYTES)));
            box.add(upload);
        }
        return box;
    }

    private VerticalLayout history(ExperienceRecord record) {
        VerticalLayout list = new VerticalLayout();
        list.setPadding(false);
        list.setSpacing(false);
        list.setId("record-history");
        for (Transition t : experience.history(record.id())) {
            String what = t.from() == null ? "created the draft"
                    : t.to() == ExperienceStatus.DRAFT ? "withdrew it from review"
                    : t.to() == ExperienceStatus.SUBMITTED ? "submitted it for review"
                    : t.to() == ExperienceStatus.VERIFIED ? "verified it" : "asked for changes";
            Div line = new Div(new Span(Dates.when(t.at()) + " · " + t.actorName() + " " + what
                    + (t.recordId() == record.id() ? "" : " (earlier version)")));
            if (t.note() != null) {
                Paragraph note = new Paragraph("“" + t.note() + "”");
                note.addClassName("muted");
                line.add(note);
            }
            line.addClassName("history-item");
            list.add(line);
        }
        return list;
    }

    private static Paragraph note(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("record-note");
        return p;
    }

    private static void open(long recordId) {
        UI.getCurrent().navigate(ExperienceRecordView.class, of(recordId));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
