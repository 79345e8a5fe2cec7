package com.smartpick.advising.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.EmbeddedSmtp;
import com.smartpick.advising.support.Experiences;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A mentor's verification, clicked in a real browser, reaches the student as an e-mail: read from the SMTP server the
 * launcher runs (GreenMail), sent by the app's own background sender. The student's unsubscribe link from that e-mail
 * then works in a browser that is signed in as no one, and the student's settings page shows the change.
 */
@ResourceLock(DemoPortalJourney.DEMO_DATA)
@SpringBootTest(classes = com.smartpick.advising.standalone.StandaloneApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"advising.embedded-db.data-dir=", "advising.mail.poll-interval=250ms"})
class MentorVerificationMailJourneyIT {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("To stop e-mails about .*?: (\\S+)");

    @LocalServerPort int port;
    @Autowired ExperienceService experience;
    @Autowired PersonService people;
    @Autowired EmbeddedSmtp smtp;

    @Test
    void the_mentor_verifies_in_the_browser_and_the_student_reads_it_by_e_mail_then_unsubscribes_from_the_link() throws Exception {
        String institution = TestData.unique("Mail Journey Hospital");
        Viewer student = people.bySubject(PersonService.DEMO_SUBJECT_PREFIX + "student").orElseThrow();
        ExperienceRecord record;
        SignIn.as(student);
        try {
            record = experience.create(Experiences.usRotation(institution));
            experience.submit(record.id(), record.version());
        } finally {
            SignIn.out();
        }

        try (BrowserSession mentor = new BrowserSession(port)) {
            mentor.signInWithDemoAccount("mentor");
            mentor.open("/advising/experience/" + record.id());
            mentor.click("record-verify");
            mentor.wait.until(ExpectedConditions.textToBe(By.id("record-status"), "Verified"));
        }

        MimeMessage mail = awaitMail("student@demo.smartpick.invalid", institution, Duration.ofSeconds(30));
        assertThat(mail.getSubject()).isEqualTo("SmartPick Advising: Your record was verified");
        String body = (String) mail.getContent();
        assertThat(body).contains("verified your", institution, "http://localhost:");
        Matcher link = UNSUBSCRIBE.matcher(body);
        assertThat(link.find()).as("an unsubscribe link in:\n%s", body).isTrue();
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + link.group(1) + ">");

        try (BrowserSession anyone = new BrowserSession(port)) {
            anyone.driver.get(link.group(1).replaceFirst("http://localhost:\\d+", "http://localhost:" + port));
            anyone.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button[type=submit]"))).click();
            anyone.waitForText("You will get no more e-mails about \"Your record was verified\"");
        }

        try (BrowserSession browser = new BrowserSession(port)) {
            browser.signInWithDemoAccount("student");
            browser.open("/advising/inbox/settings");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-experience-verified")));
            assertThat(browser.driver.findElement(By.cssSelector("#delivery-experience-verified vaadin-radio-button[checked]"))
                    .getText()).isEqualTo("In the app only");
        }
    }

    private MimeMessage awaitMail(String to, String containing, Duration within) throws Exception {
        Instant until = Instant.now().plus(within);
        while (Instant.now().isBefore(until)) {
            Optional<MimeMessage> found = Arrays.stream(smtp.received()).filter(m -> {
                try {
                    return ((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(to)
                            && ((String) m.getContent()).contains(containing);
                } catch (Exception unreadable) {
                    return false;
                }
            }).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No e-mail to " + to + " about " + containing + " within " + within);
    }
}
