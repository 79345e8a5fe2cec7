package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.base.Feature;
import com.smartpick.advising.letter.Letter;
import com.smartpick.advising.letter.LetterRequest;
import com.smartpick.advising.letter.LetterService;
import com.smartpick.advising.letter.Letterhead;
import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Letters in every state for the two demo students, each asked, written and decided by its people through the letter
 * service: Sofia's waived approved letter is the one she can never read; Rahul's kept approved letter he can. The
 * advisors read the letters they decide (and one they have not decided yet), so "Who viewed my record" has entries.
 */
@Component
@Feature.Letters
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoLetters {

    private static final List<String> MEDICINE = List.of("Mayo Clinic · Internal Medicine",
            "Cleveland Clinic · Internal Medicine", "Johns Hopkins · Internal Medicine");

    private record Author(Viewer mentor, Letterhead letterhead) {
    }

    private final LetterService letters;
    private final DemoScene scene;

    DemoLetters(LetterService letters, DemoScene scene) {
        this.letters = letters;
        this.scene = scene;
    }

    void load(Viewer sofia, Viewer chenLi, Viewer moreno, Viewer rahul, Viewer nair, Viewer okafor) {
        Author chen = new Author(chenLi, new Letterhead("Associate Professor of Medicine", "Lakeside University Hospital",
                "chen.li@demo.smartpick.invalid"));
        Author priya = new Author(nair, new Letterhead("Program Faculty, Psychiatry", "Riverside Community Health",
                "priya.nair@demo.smartpick.invalid"));

        Letter waived = request(sofia, chen, "Internal Medicine", "Clinical rotation letter", MEDICINE, true, 20);
        waived = write(chen, waived, 19, "I supervised Sofia Haddad for twelve weeks on our inpatient medicine service. "
                + "She carried a full list of patients, presented them concisely, and followed up on every result "
                + "herself.\n\nI recommend her without reservation for residency in internal medicine.");
        waived = submit(chen, waived, 18);
        read(moreno, waived, 16);
        letters.approve(waived.id(), waived.version());

        Letter submitted = request(sofia, chen, "Internal Medicine", "Research letter", MEDICINE, false, 6);
        submitted = write(chen, submitted, 5,
                "Sofia's quality-improvement project on discharge summaries reduced readmission calls by a third.");
        submitted = submit(chen, submitted, 4);
        read(moreno, submitted, 2);

        Letter drafting = request(sofia, chen, "Internal Medicine (preliminary year)", null,
                List.of("Lakeside University · Preliminary Medicine"), true, 3);
        write(chen, drafting, 2, "Draft: Sofia joined our team in March…");

        request(sofia, chen, "Cardiology research year", null, List.of("Lakeside University · Cardiology research"), false, 1);

        Letter kept = request(rahul, priya, "Psychiatry", null,
                List.of("Riverside Community · Psychiatry", "Northbrook University · Psychiatry"), false, 15);
        kept = write(priya, kept, 14, "Rahul Mehta rotated with our outpatient psychiatry clinic for eight weeks. His "
                + "interviews were warm and structured, and patients trusted him quickly.");
        kept = submit(priya, kept, 13);
        read(okafor, kept, 11);
        letters.approve(kept.id(), kept.version());

        Letter returned = request(rahul, priya, "Family Medicine", null, List.of("Valley Health · Family Medicine"), true, 9);
        returned = write(priya, returned, 8, "Rahul worked in our family medicine clinic.");
        returned = submit(priya, returned, 7);
        read(okafor, returned, 5);
        letters.returnToMentor(returned.id(), returned.version(), "Please describe the continuity clinic in more detail.");

        Letter declined = request(rahul, priya, "Pediatrics", null, List.of("Children's Hospital · Pediatrics"), false, 12);
        scene.as(priya.mentor(), 11);
        letters.decline(declined.id(), declined.version(),
                "I have not supervised Rahul in pediatrics and could not speak to his work there.");
    }

    /**
     * The student asks one of their mentors, that many days ago, for the letter three weeks after asking: the letters
     * asked longest ago are overdue today, the recent ones due soon or later.
     */
    private Letter request(Viewer student, Author author, String specialty, @Nullable String purpose, List<String> programs,
            boolean waive, int daysAgo) {
        scene.as(student, daysAgo);
        return letters.request(new LetterRequest(author.mentor().personId(), specialty, purpose, programs,
                LocalDate.now().plusDays(21L - 2 * daysAgo), waive));
    }

    private Letter write(Author author, Letter letter, int daysAgo, String body) {
        scene.as(author.mentor(), daysAgo);
        return letters.saveDraft(letter.id(), letter.version(), body, author.letterhead());
    }

    private Letter submit(Author author, Letter letter, int daysAgo) {
        scene.as(author.mentor(), daysAgo);
        return letters.submit(letter.id(), letter.version());
    }

    /** An advisor of the student's cohort reads the letter (an audited read); a decision follows in the same sitting. */
    private void read(Viewer advisor, Letter letter, int daysAgo) {
        scene.as(advisor, daysAgo);
        letters.content(letter.id());
    }
}
