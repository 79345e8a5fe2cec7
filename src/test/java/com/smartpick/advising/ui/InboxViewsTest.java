package com.smartpick.advising.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.inbox.Delivery;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.inbox.NotificationKind;
import com.smartpick.advising.inbox.NotificationSetting;
import com.smartpick.advising.inbox.OutboxMail;
import com.smartpick.advising.inbox.ui.InboxView;
import com.smartpick.advising.inbox.ui.MailView;
import com.smartpick.advising.inbox.ui.NotificationSettingsView;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import com.smartpick.advising.support.TestData.World;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class InboxViewsTest extends ViewTest {

    @Autowired DSLContext db;
    @Autowired ExperienceService experience;
    @Autowired InboxService inbox;
    World world;
    String institution;

    @BeforeEach
    void aSubmittedRecord() {
        world = new TestData(db).world();
        institution = TestData.unique("Inbox Hospital");
        SignIn.as(world.studentA());
        ExperienceRecord draft = experience.create(Experiences.usRotation(institution));
        experience.submit(draft.id(), draft.version());
    }

    @Test
    void a_mentor_reads_a_submission_in_the_inbox_and_opens_the_e_mail_settings() {
        SignIn.as(world.mentorA());
        navigate("advising/inbox", InboxView.class);

        assertThat($(VerticalLayout.class).withId("inbox-list").single().getElement().getTextRecursively())
                .contains(world.studentA().displayName() + " submitted their", institution);
        assertThat($(Span.class).withId("inbox-unread").single().getText()).isEqualTo("1");

        test($(Button.class).withId("inbox-settings").single()).click();
        assertThat(getCurrentView()).isInstanceOf(NotificationSettingsView.class);
    }

    @Test
    void a_choice_made_on_the_settings_page_is_kept_and_lists_only_the_persons_kinds() {
        SignIn.as(world.studentA());
        navigate("advising/inbox/settings", NotificationSettingsView.class);
        assertThat($(RadioButtonGroup.class).all()).extracting(RadioButtonGroup::getLabel)
                .contains(NotificationKind.FEEDBACK.label()).doesNotContain(NotificationKind.LIST_ANNOTATED.label());

        test($(RadioButtonGroup.class).withId("delivery-feedback").single()).selectItem(Delivery.IN_APP.label());

        assertThat(inbox.mySettings()).filteredOn(s -> s.kind() == NotificationKind.FEEDBACK).singleElement()
                .isEqualTo(new NotificationSetting(NotificationKind.FEEDBACK, Delivery.IN_APP, true));
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_admin_sees_what_was_written_to_the_outbox_with_its_status() {
        SignIn.as(world.mentorA());
        long record = experience.recordsOf(world.studentA().personId()).stream()
                .filter(r -> r.details().institution().equals(institution)).findFirst().orElseThrow().id();
        experience.verify(record, experience.record(record).version());

        SignIn.as(world.admin());
        navigate("advising/mail", MailView.class);

        Grid<OutboxMail> grid = $(Grid.class).withId("mail-grid").single();
        assertThat(test(grid).size()).isPositive();
        assertThat(test(grid).getRow(0).to()).isEqualTo(new TestData(db).email(world.studentA().personId()));
        assertThat(test(grid).getRow(0).subject()).isEqualTo("SmartPick Advising: Your record was verified");
        assertThat(test(grid).getRow(0).status()).isEqualTo(OutboxMail.MailStatus.PENDING);
        assertThat($(Span.class).withId("mail-summary").single().getText()).contains("waiting", "mail failure");
    }
}
