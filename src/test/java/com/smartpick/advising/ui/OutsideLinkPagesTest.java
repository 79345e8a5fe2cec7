package com.smartpick.advising.ui;

import static com.smartpick.advising.jooq.Tables.MAIL_OUTBOX;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ui.ConfirmExperienceView;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.ui.LetterUploadView;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pages a physician outside the portal opens from a single-use link, signed in as no one. */
class OutsideLinkPagesTest extends ViewTest {

    private static final Pattern LINK = Pattern.compile(
            Pattern.quote(ExperienceService.CONFIRMATION_PATH) + "([A-Za-z0-9_-]{43})");

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;

    @Test
    void the_supervisor_confirms_on_the_page_and_the_used_link_then_shows_nothing_of_the_student() {
        TestData.World world = new TestData(db).world();
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation("Mercy Hospital"));
        ExperienceRecord record = experience.submit(draft.id(), draft.version());
        experience.askForConfirmation(record.id());
        SignIn.out();
        String token = tokenSentTo("jane.roe@hospital.example");

        navigate("advising/" + ExperienceService.CONFIRMATION_PATH + token, ConfirmExperienceView.class);
        assertThat(getCurrentView().getElement().getTextRecursively())
                .contains(world.studentA().displayName(), "Mercy Hospital", "Hands-on");
        test($(Button.class).id("confirm-right")).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Thank you");

        SignIn.as(world.studentA());
        assertThat(experience.record(record.id()).confirmation()).isNotNull();
        SignIn.out();
        navigate("advising/" + LetterService.UPLOAD_PATH + "elsewhere", LetterUploadView.class);
        navigate("advising/" + ExperienceService.CONFIRMATION_PATH + token, ConfirmExperienceView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("This link cannot be used")
                .doesNotContain(world.studentA().displayName(), "Mercy Hospital");
    }

    @Test
    void a_mistyped_letter_link_says_it_cannot_be_used_and_offers_no_upload() {
        navigate("advising/" + LetterService.UPLOAD_PATH + "not-a-token", LetterUploadView.class);

        assertThat(getCurrentView().getElement().getTextRecursively()).contains("This link cannot be used",
                "still needs your letter");
        assertThat($(Upload.class).all()).isEmpty();
    }

    private String tokenSentTo(String address) {
        String body = db.select(MAIL_OUTBOX.BODY).from(MAIL_OUTBOX).where(MAIL_OUTBOX.TO_ADDRESS.eq(address))
                .orderBy(MAIL_OUTBOX.ID.desc()).limit(1).fetchSingle(MAIL_OUTBOX.BODY);
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in: %s", body).isTrue();
        return link.group(1);
    }
}
