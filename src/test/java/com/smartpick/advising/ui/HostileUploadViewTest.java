package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.letter.ContentKind;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.ui.LetterView;
import com.smartpick.advising.support.HostileInputs;
import com.smartpick.advising.support.HostileInputs.HostileFile;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mentor's letter upload through the view, as the browser sends it: a file whose name lies about its content, an
 * empty one and one over ERAS's 1 MB are refused with a message and the letter keeps its text; a real PDF replaces it.
 */
class HostileUploadViewTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired LetterService letters;
    long letter;

    @BeforeEach
    void aLetterBeingWritten() {
        World world = new TestData(db).world();
        letter = new TestData(db).letter(world.studentA().personId(), world.mentorA().personId(), "DRAFTING", false,
                "The saved revision");
        SignIn.as(world.mentorA());
        navigate("advising/letters/" + letter, LetterView.class);
    }

    static Stream<Named<HostileFile>> files() {
        return HostileInputs.files(LetterService.MAX_PDF_BYTES);
    }

    @ParameterizedTest
    @MethodSource("files")
    void a_hostile_file_is_refused_with_a_message_and_the_letter_keeps_its_text(HostileFile file) {
        test($(Upload.class).withId("letter-upload").single()).upload(file.name(), "application/pdf", file.content());

        assertThat(test($(Notification.class).last()).getText()).containsAnyOf("The file is empty.",
                "the limit is 1.0 MB", "This file is not PDF (judged by its content, not its name).");
        assertThat(letters.content(letter).kind()).isEqualTo(ContentKind.TEXT);
        assertThat(letters.content(letter).body()).isEqualTo("The saved revision");
    }

    @Test
    void a_real_pdf_becomes_the_letter() throws IOException {
        test($(Upload.class).withId("letter-upload").single()).upload("Letter for Sofia.pdf", "application/pdf", onePagePdf());

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("PDF uploaded: it is now the letter.");
        assertThat(letters.content(letter).kind()).isEqualTo(ContentKind.PDF);
    }

    private static byte[] onePagePdf() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        }
    }
}
