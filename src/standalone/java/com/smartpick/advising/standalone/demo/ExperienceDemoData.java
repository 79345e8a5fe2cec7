package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.experience.ExperienceDetails;
import com.smartpick.advising.experience.ExperienceRecord;
import com.smartpick.advising.experience.ExperienceService;
import com.smartpick.advising.experience.ExperienceType;
import com.smartpick.advising.experience.Setting;
import com.smartpick.advising.feedback.FeedbackAbout;
import com.smartpick.advising.feedback.FeedbackService;
import com.smartpick.advising.feedback.FeedbackVisibility;
import com.smartpick.advising.inbox.InboxService;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.standalone.demo.DemoDataLoader.Mentee;
import com.smartpick.advising.statement.PersonalStatement;
import com.smartpick.advising.statement.StatementService;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo experience records for the first demo students, in every state: verified hands-on US rotations, observerships,
 * records waiting for review for more than a week, returned ones with the reviewer's message, drafts; feedback of
 * both visibilities, personal-statement drafts and inbox messages, some read. Each student logs and submits their
 * records some days after they ended, and their mentor reviews them a few days later. Invented institutions and people.
 */
@Component
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class ExperienceDemoData {

    private static final String[][] US_SITES = {
            {"Mercy Regional Medical Center", "Chicago", "IL", "ACADEMIC"},
            {"St. Agnes Community Hospital", "Baltimore", "MD", "COMMUNITY"},
            {"Lakeside University Hospital", "Cleveland", "OH", "ACADEMIC"},
            {"Valley Family Health Clinic", "Fresno", "CA", "RURAL_CLINIC"},
            {"Harbor View Behavioral Health", "Seattle", "WA", "SPECIALIZED_FACILITY"},
            {"Brookside Medical Group", "Houston", "TX", "COMMUNITY"}};
    private static final String[] SUPERVISORS = {"Dr. Maria Delgado", "Dr. James Whitfield", "Dr. Aisha Bello",
            "Dr. Robert Klein", "Dr. Hannah Cho"};
    private static final int STUDENTS_WITH_RECORDS = 12;

    private final ExperienceService records;
    private final FeedbackService feedback;
    private final StatementService statements;
    private final InboxService inbox;
    private final DemoScene scene;

    ExperienceDemoData(ExperienceService records, FeedbackService feedback, StatementService statements,
            InboxService inbox, DemoScene scene) {
        this.records = records;
        this.feedback = feedback;
        this.statements = statements;
        this.inbox = inbox;
        this.scene = scene;
    }

    void load(List<Mentee> mentees) {
        LocalDate today = scene.today();
        Random random = new Random(3);
        for (int i = 0; i < Math.min(STUDENTS_WITH_RECORDS, mentees.size()); i++) {
            Viewer student = mentees.get(i).student();
            Viewer mentor = mentees.get(i).mentor();
            if (mentor == null) {
                continue;
            }
            String specialty = i % 2 == 0 ? "INTERNAL_MEDICINE" : "FAMILY_MEDICINE";
            ExperienceDetails rotation = details(0, ExperienceType.CLINICAL_ROTATION, true, specialty,
                    today.minusMonths(14), 8, today);
            ExperienceRecord verified = submit(student, rotation, daysSince(rotation.endDate(), today) - 3);
            verify(verified, mentor, daysSince(rotation.endDate(), today) - 10);
            ExperienceDetails observership = details(1 + random.nextInt(5), ExperienceType.OBSERVERSHIP, false, specialty,
                    today.minusMonths(10), 4, today);
            verify(submit(student, observership, daysSince(observership.endDate(), today) - 5), mentor,
                    daysSince(observership.endDate(), today) - 12);
            // the student has read the news of those two reviews; what follows arrives unread
            scene.as(student);
            inbox.markAllRead();
            if (i % 3 != 2) {
                submit(student, details(2 + random.nextInt(4), ExperienceType.EXTERNSHIP, true, specialty,
                        today.minusMonths(5), 4, today), 8 + random.nextInt(10));
            }
            if (i < 2 || i % 4 == 1) {
                ExperienceRecord returned = submit(student, details(3, ExperienceType.CLINICAL_WORK, true, "PSYCHIATRY",
                        today.minusMonths(3), 2, today), 5);
                scene.as(mentor, 2);
                records.requestChanges(returned.id(), returned.version(),
                        "Please add your supervisor's e-mail and the EHR you used, then submit again.");
            }
            if (i < 2) {
                submit(student, details(5, ExperienceType.CLINICAL_ROTATION, true, specialty, today.minusMonths(2), 1,
                        today), 2);
                scene.as(student);
                records.create(details(4, ExperienceType.RESEARCH, false, specialty, today.minusMonths(1), 1, today));
                statements(student, mentor);
                scene.as(mentor, 1);
                feedback.give(FeedbackAbout.GENERAL, student.personId(), FeedbackVisibility.STAFF_ONLY,
                        "Step 2 CK is solid; letters are the gap. Push for a US letter from the Mercy rotation.");
                feedback.give(FeedbackAbout.GENERAL, student.personId(), FeedbackVisibility.STUDENT,
                        "Good progress this month. Ask Dr. Delgado for a letter before the rotation ends.");
                feedback.give(FeedbackAbout.RECORD, verified.id(), FeedbackVisibility.STUDENT,
                        "Excellent rotation: this is the one to list first in ERAS.");
            }
        }
    }

    /** The student logs the record and submits it at once, that many days ago. */
    private ExperienceRecord submit(Viewer student, ExperienceDetails details, int daysAgo) {
        scene.as(student, daysAgo);
        ExperienceRecord draft = records.create(details);
        return records.submit(draft.id(), draft.version());
    }

    private void verify(ExperienceRecord submitted, Viewer mentor, int daysAgo) {
        scene.as(mentor, daysAgo);
        records.verify(submitted.id(), submitted.version());
    }

    private static int daysSince(LocalDate day, LocalDate today) {
        return (int) ChronoUnit.DAYS.between(day, today);
    }

    private static ExperienceDetails details(int site, ExperienceType type, boolean handsOn, String specialty,
            LocalDate start, int months, LocalDate today) {
        String[] s = US_SITES[site % US_SITES.length];
        LocalDate end = start.plusMonths(months).minusDays(1);
        return new ExperienceDetails(type, handsOn, s[0], "Department of " + ("PSYCHIATRY".equals(specialty) ? "Psychiatry"
                : "INTERNAL_MEDICINE".equals(specialty) ? "Medicine" : "Family Medicine"), s[1], s[2],
                ExperienceDetails.US, Setting.valueOf(s[3]), specialty, start, end.isAfter(today) ? today : end, false,
                handsOn ? 40 : 24, SUPERVISORS[site % SUPERVISORS.length], "Attending physician", null,
                handsOn ? "Admitted and followed patients, wrote progress notes, presented on rounds"
                        : "Observed clinic visits and rounds; case discussions with the attending",
                handsOn ? "Venipuncture, arterial blood gas, ECG interpretation" : null,
                handsOn ? List.of("Epic") : List.of(), List.of("BLS", "ACLS"));
    }

    /**
     * Two drafts of the student's, the first shared with their mentor and advisor, and the mentor's feedback on it: one
     * line for the student, one for staff. The second stays the student's alone.
     */
    private void statements(Viewer student, Viewer mentor) {
        scene.as(student, 20);
        PersonalStatement first = statements.create("Internal Medicine · version 2");
        statements.save(first.id(), first.version(), first.title(), "The night I first managed a patient in diabetic "
                + "ketoacidosis on my own, I understood why internal medicine asks for both patience and speed.\n\n"
                + "During my rotation at Mercy Regional Medical Center I learned how a US team works…");
        scene.as(student, 6);
        PersonalStatement second = statements.create("Family Medicine · first draft");
        statements.save(second.id(), second.version(), second.title(), "Growing up in a town with one clinic…");
        statements.share(first.id());
        scene.as(mentor, 4);
        feedback.give(FeedbackAbout.STATEMENT, first.id(), FeedbackVisibility.STUDENT,
                "Strong opening. Cut the second paragraph by half and end with what you bring to a team.");
        feedback.give(FeedbackAbout.STATEMENT, first.id(), FeedbackVisibility.STAFF_ONLY,
                "Reads generic in places; worth a session with the writing advisor.");
    }
}
