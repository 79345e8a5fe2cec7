package com.smartpick.advising.letter.ui;

import com.smartpick.advising.base.ui.AdvisingView;
import com.smartpick.advising.base.ui.Dates;
import com.smartpick.advising.base.ui.SingleUseLinkPage;
import com.smartpick.advising.base.ui.UserActions;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.letter.LinkedLetter;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.Map;

/**
 * Where a physician outside the portal uploads the letter a student asked them for: opened from the single-use link
 * in their e-mail, without an account. The link is the only key: a used, expired or mistyped one shows the same
 * "not usable" page, and nothing about the student.
 */
@AdvisingView(value = LetterService.UPLOAD_PATH + ":" + SingleUseLinkPage.TOKEN, inMainLayout = false)
@AnonymousAllowed
@PageTitle("Upload a letter of recommendation · SmartPick Advising")
@StyleSheet("themes/advising/styles.css")
public class LetterUploadView extends SingleUseLinkPage<LinkedLetter> {

    private final LetterService letters;

    public LetterUploadView(LetterService letters) {
        super("Letter of recommendation", "your letter");
        this.letters = letters;
    }

    @Override
    protected LinkedLetter open(String token) {
        return letters.linkedLetter(token);
    }

    @Override
    protected void show(String token, LinkedLetter letter) {
        add(new Paragraph(letter.studentName() + " asks you, " + letter.writerName() + ", for a letter for "
                + letter.specialty() + " residency programs:"));
        UnorderedList programs = new UnorderedList();
        letter.programs().forEach(program -> programs.add(new ListItem(program)));
        add(programs);
        if (letter.dueOn() != null) {
            Paragraph due = new Paragraph("They need it by " + Dates.day(letter.dueOn()) + ".");
            due.setId("outside-due");
            add(due);
        }
        add(new Paragraph(letter.waived()
                ? "The student waived the right to read this letter (FERPA): they will never see it."
                : "The student kept the right to read this letter (FERPA): they may read it once it is approved."));
        if (letter.returnedBecause() != null) {
            add(new Paragraph("Their advisor sent your earlier letter back: " + letter.returnedBecause()));
        }
        add(new H1("Your letter"));
        TextField title = new TextField("Your title (optional)");
        title.setId("outside-title");
        TextField institution = new TextField("Institution (optional)");
        institution.setId("outside-institution");
        TextField contact = new TextField("Contact (optional)");
        contact.setId("outside-contact");
        add(new FormLayout(title, institution, contact));
        Upload upload = new Upload();
        upload.setId("outside-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LetterService.MAX_PDF_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        UI ui = UI.getCurrent();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            Letterhead head = new Letterhead(title.getValue(), institution.getValue(), contact.getValue());
            if (UserActions.attempt(() -> letters.uploadThroughLink(token, metadata.fileName(), bytes, head),
                    Map.of("title", title, "institution", institution, "contact", contact))) {
                thank("Your letter for " + letter.studentName() + " was received and goes to their advisor for "
                        + "approval. This link is now used up.");
            } else {
                // the refused file must leave the list, or the one-file upload stays blocked by it
                upload.clearFileList();
            }
        })));
        add(new Paragraph("Upload the letter as a PDF (at most 1 MB, ERAS's limit). It is handed in as soon as it "
                + "arrives. This link works once and until " + Dates.day(letter.linkExpiresAt()) + "."), upload);
    }
}
