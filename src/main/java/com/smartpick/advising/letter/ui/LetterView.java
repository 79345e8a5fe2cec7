package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.BackLink;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.NotFoundMessage;
import com.smartpick.advising.base.ui.Notifications;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.ContentKind;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterAction;
import com.smartpick.advising.letter.LetterContent;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.LetterStatus;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.security.CurrentUser;
import com.smartpick.advising.security.Permission;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.unsaved.UnsavedTextService;
import com.smartpick.advising.unsaved.ui.UnsavedTextGuard;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One letter. Everyone who may know of it sees where it stands; its content shows only where the service gives it
 * (never to a student who waived reading it), and the viewer gets the moves the service offers them
 * ({@link LetterService#actionsOn}): the mentor writes, uploads, submits or declines; an advisor approves or returns.
 * An id the viewer may not see answers "not found".
 */
@AdvisingView("letters/:" + LetterView.LETTER_ID)
@RolesAllowed({"ADVISOR", "MENTOR", "STUDENT", "ADMIN"})
public class LetterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String LETTER_ID = "letterId";

    private final LetterService letters;
    private final UnsavedTextService unsaved;
    private final Viewer viewer;
    /** Someone who neither writes nor follows letters, a student: goes back to "My letters". */
    private final boolean studentOnly;
    private String title = "Letter · SmartPick Advising";

    public LetterView(LetterService letters, CurrentUser currentUser, UnsavedTextService unsaved) {
        this.letters = letters;
        this.unsaved = unsaved;
        this.viewer = currentUser.require();
        this.studentOnly = !viewer.may(Permission.WRITE_LETTERS) && !viewer.may(Permission.OVERSEE_LETTERS);
        addClassName("letter-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(Long.parseLong(event.getRouteParameters().get(LETTER_ID).orElse("")));
        } catch (NumberFormatException | NotFoundException e) {
            removeAll();
            add(backLink());
            title = NotFoundMessage.PAGE_TITLE;
            add(new NotFoundMessage("Letter", "There is no letter with this id among the letters you may see."));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(long id) {
        Letter letter = letters.letter(id);
        removeAll();
        title = "Letter for " + letter.studentName() + " · SmartPick Advising";
        H1 heading = new H1("Letter for " + letter.studentName());
        heading.setId("letter-title");
        add(backLink(), heading, LetterGrid.status(letter), facts(letter));
        Set<LetterAction> actions = letters.actionsOn(letter);
        if (actions.contains(LetterAction.WRITE)) {
            add(editor(letter, actions));
        } else if (letter.contentReadable()) {
            add(content(letter));
        } else if (letter.studentId() == viewer.personId() && letter.waived()) {
            Paragraph waived = new Paragraph("You waived your right to read this letter, so its content is not shown to you.");
            waived.setId("waived-note");
            add(waived);
        }
        if (actions.contains(LetterAction.APPROVE) || actions.contains(LetterAction.RETURN)) {
            add(decision(letter, actions));
        }
    }

    private Component facts(Letter letter) {
        Div facts = new Div();
        facts.addClassName("letter-facts");
        fact(facts, "Asked of", letter.mentorName());
        fact(facts, "Specialty", letter.specialty());
        if (letter.purpose() != null) {
            fact(facts, "Named by the student", letter.purpose());
        }
        if (letter.dueOn() != null) {
            fact(facts, "Needed by", Dates.day(letter.dueOn()));
        }
        fact(facts, "Programs", String.join(", ", letter.programs()));
        fact(facts, "Right to read", letter.waived()
                ? "Waived by the student on " + Dates.when(letter.waiverRecordedAt())
                : "Kept by the student (chosen on " + Dates.when(letter.waiverRecordedAt()) + ")");
        fact(facts, "Requested", Dates.when(letter.requestedAt()));
        if (letter.decidedAt() != null) {
            fact(facts, "Decided", Dates.when(letter.decidedAt()));
        }
        if (letter.reason() != null) {
            fact(facts, letter.status() == LetterStatus.DECLINED ? "Declined because" : "Returned because", letter.reason());
        }
        return facts;
    }

    private static void fact(Div facts, String label, String value) {
        Span name = new Span(label);
        name.addClassName("muted");
        facts.add(new Div(name, new Span(value)));
    }

    /** What the mentor wrote, read through the service (which audits the read). */
    private Component content(Letter letter) {
        LetterContent content = letters.content(letter.id());
        VerticalLayout section = new VerticalLayout(new H2("The letter"));
        section.setPadding(false);
        if (content.kind() == ContentKind.TEXT) {
            Div body = new Div(Objects.requireNonNullElse(content.body(), ""));
            body.setId("letter-body");
            body.addClassName("letter-body");
            section.add(body);
        } else {
            section.add(new Paragraph("Uploaded as a PDF: " + content.fileName()));
        }
        section.add(pdfLink(letter));
        return section;
    }

    private Anchor pdfLink(Letter letter) {
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(new LetterPdfDownload(letters, letter.id())),
                letter.status() == LetterStatus.APPROVED ? "Download the PDF" : "Preview as PDF");
        pdf.setId("letter-pdf");
        pdf.getElement().setAttribute("download", true);
        return pdf;
    }

    private Component editor(Letter letter, Set<LetterAction> actions) {
        LetterContent current = letter.contentKind() == ContentKind.NONE ? null : letters.content(letter.id());
        TextArea body = new TextArea("Letter");
        body.setId("letter-draft");
        body.setMaxLength(LetterService.MAX_BODY);
        body.setWidthFull();
        body.setMinHeight("18em");
        body.setValue(current != null && current.body() != null ? current.body() : "");
        body.setHelperText("Each save keeps a revision. At most " + LetterService.MAX_BODY + " characters.");
        UnsavedTextGuard kept = new UnsavedTextGuard(unsaved, "letter:" + letter.id(), body);
        TextField authorTitle = field("Your title", "letter-author-title", LetterService.MAX_TITLE, letter.letterhead().title());
        TextField institution = field("Institution", "letter-institution", LetterService.MAX_INSTITUTION,
                letter.letterhead().institution());
        TextField contact = field("Contact (e-mail, phone)", "letter-contact", LetterService.MAX_CONTACT,
                letter.letterhead().contact());
        Map<String, TextField> letterheadFields = Map.of("title", authorTitle, "institution", institution, "contact", contact);

        Button save = new Button("Save revision", VaadinIcon.CHECK.create(), click -> {
            Letterhead head = new Letterhead(authorTitle.getValue(), institution.getValue(), contact.getValue());
            if (UserActions.attempt(() -> letters.saveDraft(letter.id(), letter.version(), body.getValue(), head),
                    Map.of("body", body, "title", authorTitle, "institution", institution, "contact", contact))) {
                kept.saved();
                Notifications.success("Revision saved.");
                show(letter.id());
            }
        });
        save.setId("save-draft");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button submit = new Button("Submit for approval", VaadinIcon.PAPERPLANE.create(), click -> {
            if (UserActions.attempt(() -> letters.submit(letter.id(), letter.version()), Map.of("body", body))) {
                Notifications.success("Submitted: an advisor of " + letter.studentName() + "'s cohort approves it.");
                show(letter.id());
            }
        });
        submit.setId("submit-letter");
        submit.setEnabled(actions.contains(LetterAction.SUBMIT));
        Span submitHint = new Span();
        submitHint.setId("submit-hint");
        submitHint.addClassName("muted");
        if (!submit.isEnabled()) {
            // submitting is open only to a saved draft: the letter as asked for, or as returned, has none yet
            String why = "Save a revision or upload a PDF first; then you can submit it.";
            submitHint.setText(why);
            submit.setTooltipText(why);
            submit.getElement().setAttribute("aria-describedby", "submit-hint");
        }
        Button decline = new Button("Decline the request…", click -> new ReasonDialog("Decline the request", "Decline",
                reason -> letters.decline(letter.id(), letter.version(), reason), declined -> show(letter.id())).open());
        decline.setId("decline-letter");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        decline.setVisible(actions.contains(LetterAction.DECLINE));

        VerticalLayout section = new VerticalLayout(new H2("Write the letter"),
                new FormLayout(authorTitle, institution, contact), kept, body, actionBar(save, submit, submitHint, decline),
                upload(letter, letterheadFields));
        section.setPadding(false);
        if (current != null && current.kind() == ContentKind.PDF) {
            section.addComponentAtIndex(1, new Paragraph("The letter is currently the uploaded PDF \"" + current.fileName()
                    + "\". Saving text here replaces it."));
        }
        if (current != null) {
            section.add(pdfLink(letter));
        }
        var revisions = letters.revisions(letter.id());
        if (!revisions.isEmpty()) {
            Paragraph history = new Paragraph("Saved revisions: " + revisions.stream()
                    .map(r -> "#" + r.revision() + " (" + Dates.when(r.savedAt()) + ", " + r.length() + " characters)")
                    .collect(Collectors.joining(" · ")));
            history.setId("letter-revisions");
            history.addClassName("muted");
            section.add(history);
        }
        return section;
    }

    private Component upload(Letter letter, Map<String, TextField> letterhead) {
        UI ui = UI.getCurrent();
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            Letterhead head = new Letterhead(letterhead.get("title").getValue(), letterhead.get("institution").getValue(),
                    letterhead.get("contact").getValue());
            if (UserActions.attempt(() -> letters.uploadPdf(letter.id(), letter.version(), metadata.fileName(), bytes, head),
                    letterhead)) {
                Notifications.success("PDF uploaded: it is now the letter.");
                show(letter.id());
            } else {
                // the refused file must leave the list, or the one-file upload stays blocked by it
                upload.clearFileList();
            }
        })));
        upload.setId("letter-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LetterService.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        Span hint = new Span("Or upload the letter as a PDF (at most 1 MB, ERAS's limit).");
        hint.addClassName("muted");
        VerticalLayout box = new VerticalLayout(hint, upload);
        box.setPadding(false);
        return box;
    }

    private Component decision(Letter letter, Set<LetterAction> actions) {
        Button approve = new Button("Approve", VaadinIcon.CHECK.create(), click -> {
            if (UserActions.attempt(() -> letters.approve(letter.id(), letter.version()))) {
                Notifications.success("Letter approved.");
                show(letter.id());
            }
        });
        approve.setId("approve-letter");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setVisible(actions.contains(LetterAction.APPROVE));
        Button giveBack = new Button("Return with a reason…", VaadinIcon.ARROW_BACKWARD.create(),
                click -> new ReasonDialog("Return the letter to its mentor", "Return",
                        reason -> letters.returnToMentor(letter.id(), letter.version(), reason), returned -> show(letter.id())).open());
        giveBack.setId("return-letter");
        giveBack.setVisible(actions.contains(LetterAction.RETURN));
        return actionBar(approve, giveBack);
    }

    /** A row of buttons that wraps onto the next line rather than leave one off a phone's screen. */
    private static HorizontalLayout actionBar(Component... buttons) {
        HorizontalLayout bar = new HorizontalLayout(buttons);
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("letter-actions");
        return bar;
    }

    private RouterLink backLink() {
        return BackLink.to(studentOnly ? MyLettersView.class : LettersView.class);
    }

    private static TextField field(String label, String id, int maxLength, @Nullable String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setMaxLength(maxLength);
        field.setValue(value == null ? "" : value);
        return field;
    }
}
