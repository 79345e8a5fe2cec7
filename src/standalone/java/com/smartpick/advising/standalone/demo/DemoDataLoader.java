package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.eras.ErasEntryInput;
import com.smartpick.advising.eras.ErasSelection;
import com.smartpick.advising.eras.ErasService;
import com.smartpick.advising.eras.VerifiedExperience;
import com.smartpick.advising.profile.ApplicantProfile;
import com.smartpick.advising.profile.AreaPreference;
import com.smartpick.advising.profile.ExamResult;
import com.smartpick.advising.profile.ProfileService;
import com.smartpick.advising.season.Milestone;
import com.smartpick.advising.season.SeasonService;
import com.smartpick.advising.season.TaskAnnouncements;
import com.smartpick.advising.season.TaskKind;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.smartpick.catalog.CatalogSeed;
import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.engine.VisaNeed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads demo people, cohorts and profiles on the first start of a demo installation, and never again: the demo
 * admin's account is the marker, created first, so a second instance starting at the same time waits on it and then
 * finds the work done. Seeded, so every installation gets the same people. Names and schools are invented.
 *
 * <p>Everything but the accounts is made through the features' own services, by the person who would do it (see
 * {@link DemoScene}): the advisors create their cohorts and enroll their students, the students keep their profiles
 * and records, the mentors review them. So the demo's records keep the same rules, and leave the same audit trail, as
 * anyone's. A feature switched off at the first start gets no demo data.
 */
@Component
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    static final String PREFIX = PersonService.DEMO_SUBJECT_PREFIX;
    private static final String EMAIL_DOMAIN = "@demo.smartpick.invalid";
    private static final String SEASON = "2027 Main Residency Match";
    /** The students of the demo's finished 2026 season. */
    private static final int PAST_STUDENTS = 20;
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final String[] FIRST = {"Aarav", "Fatima", "Chidi", "Mariam", "Rafael", "Ananya", "Omar", "Ngozi",
            "Luis", "Sana", "Kwame", "Leila", "Arjun", "Yasmin", "Diego", "Amaka", "Hassan", "Isabel", "Tariq", "Mei"};
    private static final String[] LAST = {"Sharma", "Khan", "Okonkwo", "Haddad", "Silva", "Reddy", "Farouk", "Adeyemi",
            "Gonzalez", "Qureshi", "Mensah", "Nasser", "Patel", "Rahman", "Torres", "Eze", "Ali", "Costa", "Iqbal", "Santos"};
    private static final String[][] SCHOOLS = {
            {"Government Medical College, Nagpur", "India"}, {"King Edward Medical University", "Pakistan"},
            {"University of Lagos College of Medicine", "Nigeria"}, {"Cairo University Faculty of Medicine", "Egypt"},
            {"University of Santo Tomas", "Philippines"}, {"Universidade de São Paulo", "Brazil"},
            {"Universidad Nacional Autónoma de México", "Mexico"}, {"St. George's University", "Grenada"},
            {"Ross University School of Medicine", "Barbados"}, {"Dow Medical College", "Pakistan"}};

    /** A demo student and the mentor they were assigned, if any. */
    record Mentee(Viewer student, @Nullable Viewer mentor) {
    }

    private final PersonService people;
    private final CohortService cohorts;
    private final ProfileService profiles;
    private final ExperienceDemoData experience;
    private final DemoScene scene;
    // absent when their feature is switched off: the demo then has none of their data (no catalog and no lists
    // without SmartPick)
    private final ObjectProvider<CatalogSeed> catalog;
    private final ObjectProvider<ErasService> eras;
    private final ObjectProvider<DemoLetters> letters;
    private final ObjectProvider<DemoRankedLists> rankedLists;
    private final ObjectProvider<DemoTracker> tracker;
    private final SeasonService seasons;
    private final TaskAnnouncements announcements;

    DemoDataLoader(PersonService people, CohortService cohorts, ProfileService profiles, ExperienceDemoData experience,
            DemoScene scene, ObjectProvider<CatalogSeed> catalog, ObjectProvider<ErasService> eras,
            ObjectProvider<DemoLetters> letters, ObjectProvider<DemoRankedLists> rankedLists,
            ObjectProvider<DemoTracker> tracker, SeasonService seasons, TaskAnnouncements announcements) {
        this.seasons = seasons;
        this.announcements = announcements;
        this.people = people;
        this.cohorts = cohorts;
        this.profiles = profiles;
        this.experience = experience;
        this.scene = scene;
        this.catalog = catalog;
        this.eras = eras;
        this.letters = letters;
        this.rankedLists = rankedLists;
        this.tracker = tracker;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seedCatalog();
        long started = System.nanoTime();
        if (account("admin", "Ada Admin", Role.ADMIN).isEmpty()) {
            LOG.info("Demo data is already in the database (loaded at an earlier start, or by another instance "
                    + "starting at the same time): nothing to load.");
            return;
        }
        try {
            int students = load();
            LOG.info("Demo data loaded in {} ms: {} students in all, in 2 cohorts of the 2027 Match (one withdrawn) "
                    + "and, with SmartPick, one of the 2026 Match with its season simulated. Demo accounts use the "
                    + "password shown on the login page.", (System.nanoTime() - started) / 1_000_000, students);
        } finally {
            scene.end();
        }
    }

    /** @return how many students it made */
    private int load() {
        Viewer advisor = person("advisor", "Dr. Alice Moreno", Role.ADVISOR);
        Viewer advisor2 = person("advisor2", "Dr. Brian Okafor", Role.ADVISOR);
        Viewer mentor = person("mentor", "Dr. Chen Li", Role.MENTOR);
        Viewer mentor2 = person("mentor2", "Dr. Priya Nair", Role.MENTOR);
        Viewer mentor3 = person("mentor3", "Dr. Samuel Weiss", Role.MENTOR);

        Random random = new Random(2027);
        List<Viewer> students = new ArrayList<>();
        students.add(person("student", "Sofia Haddad", Role.STUDENT));
        students.add(person("student2", "Rahul Mehta", Role.STUDENT));
        for (int i = 3; i <= 40; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            students.add(person("student%02d".formatted(i), name, Role.STUDENT));
        }
        long internalMedicine = cohort(advisor, "IMG Cohort 2027 · Internal Medicine");
        long primaryCare = cohort(advisor2, "IMG Cohort 2027 · Primary Care & Psychiatry");
        // one student of the second cohort has left it: listed there as withdrawn, seen by no one's advisor or
        // mentor, and free for any advisor to enroll
        int withdrawn = students.size() - 3;
        List<Mentee> mentees = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            Viewer student = students.get(i);
            boolean first = i % 2 == 0;
            Viewer cohortAdvisor = first ? advisor : advisor2;
            long cohort = first ? internalMedicine : primaryCare;
            Viewer assigned = first ? (i < 20 ? mentor : mentor2) : (i < 12 ? mentor2 : mentor3);
            boolean mentored = i != students.size() - 1 && i != withdrawn;
            scene.as(cohortAdvisor);
            cohorts.enroll(cohort, student.personId());
            if (mentored) {
                cohorts.assignMentor(cohort, student.personId(), assigned.personId());
            }
            if (i == withdrawn) {
                cohorts.withdraw(cohort, student.personId());
            }
            mentees.add(new Mentee(student, mentored ? assigned : null));
            if (i < 2 || random.nextInt(10) < 8) {
                profile(student, first ? Specialty.INTERNAL_MEDICINE : primaryCareSpecialty(random), random);
            }
        }
        experience.load(mentees);
        // after the records, which it chooses from
        eras.ifAvailable(service -> erasSelection(service, students.get(0)));
        letters.ifAvailable(demo -> demo.load(students.get(0), mentor, advisor, students.get(1), mentor2, advisor2));
        // last: a run counts the verified records and approved letters above
        rankedLists.ifAvailable(lists -> lists.load(advisor, mentor, students.get(0).personId(), advisor2, mentor2,
                students.get(1).personId()));
        // after the lists, whose published programs it tracks
        int pastStudents = tracker.getIfAvailable() == null ? 0 : PAST_STUDENTS;
        tracker.ifAvailable(demo -> {
            demo.seasonUnderWay(students.get(0), scene.today().minusDays(72));
            demo.pastSeason(advisor, pastSeason(advisor));
        });
        season(advisor, internalMedicine, students.get(0));
        return students.size() + pastStudents;
    }

    /**
     * A cohort of the 2026 Match, its season over: its own students, who applied in Internal Medicine. Their trackers'
     * outcomes are simulated (see {@link DemoTracker}), and the cohort's name says so.
     */
    private List<Viewer> pastSeason(Viewer advisor) {
        Random random = new Random(2026);
        scene.as(advisor, (int) ChronoUnit.DAYS.between(LocalDate.of(2025, 6, 2), scene.today()));
        long cohort = cohorts.create("2026 Match · demo data, simulated outcomes", "2026 Main Residency Match").id();
        List<Viewer> students = new ArrayList<>();
        for (int i = 1; i <= PAST_STUDENTS; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            Viewer student = person("past%02d".formatted(i), name, Role.STUDENT);
            scene.as(advisor);
            cohorts.enroll(cohort, student.personId());
            profile(student, Specialty.INTERNAL_MEDICINE, random);
            students.add(student);
        }
        return students;
    }

    /**
     * Both cohorts keep the published 2027 calendar, except that Dr. Moreno's office wants rank order lists certified a
     * week before NRMP's deadline. Sofia says her statement is final; the other tasks are done or late as each
     * student's records, letters, signals and lists say, so the dashboard shows who is behind. Then the day's
     * announcements go out, as the daily job would send them.
     */
    private void season(Viewer advisor, long cohort, Viewer student) {
        scene.as(advisor);
        seasons.adjust(cohort, Milestone.ROL_DEADLINE, 0, LocalDate.of(2027, 2, 24), null);
        scene.as(student);
        seasons.confirm(TaskKind.STATEMENT_FINAL, true);
        scene.end();
        announcements.announce();
    }

    /**
     * Apart from the people's marker, so an installation that predates the catalog, or first started with SmartPick
     * switched off, gets one too.
     */
    private void seedCatalog() {
        CatalogSeed seed = catalog.getIfAvailable();
        if (seed == null) {
            return;
        }
        long started = System.nanoTime();
        var programs = SyntheticCatalog.generate(SyntheticCatalog.DEFAULT_SEED);
        long generated = System.nanoTime();
        int added = seed.seedIfEmpty(programs, "synthetic demo catalog, seed " + SyntheticCatalog.DEFAULT_SEED);
        if (added > 0) {
            LOG.info("Demo catalog: {} synthetic programs generated in {} ms and inserted in {} ms.", added,
                    (generated - started) / 1_000_000, (System.nanoTime() - generated) / 1_000_000);
        }
    }

    /** The student keeps their own profile. */
    private void profile(Viewer student, Specialty first, Random random) {
        String[] school = SCHOOLS[random.nextInt(SCHOOLS.length)];
        int yog = 2016 + random.nextInt(10);
        int step2 = Math.max(205, Math.min(268, (int) Math.round(240 + random.nextGaussian() * 11)));
        VisaNeed visa = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> VisaNeed.NONE;
            case 5, 6, 7 -> VisaNeed.H1B;
            default -> VisaNeed.J1;
        };
        CensusDivision[] divisions = CensusDivision.values();
        boolean ecfmgCertified = step2 >= 214 && random.nextInt(4) > 0;
        int step1Attempts = random.nextInt(10) == 0 ? 2 : 1;
        List<CensusDivision> regions = List.of(divisions[random.nextInt(4)], divisions[4 + random.nextInt(5)]);
        int researchItems = random.nextInt(6);
        scene.as(student);
        profiles.saveMyProfile(new ApplicantProfile(student.personId(), school[0], school[1], yog, ecfmgCertified,
                ExamResult.PASS, step1Attempts, step2, step2 < 214 ? 2 : 1, ExamResult.NOT_TAKEN, visa, List.of(first),
                regions, AreaPreference.ANY, researchItems, ApplicantProfile.NEW));
    }

    /** The demo student's ERAS entries: up to three of their verified records, the first marked most meaningful. */
    private void erasSelection(ErasService service, Viewer student) {
        scene.as(student);
        ErasSelection selection = service.mine();
        List<VerifiedExperience> chosen = selection.candidates().stream().limit(3).toList();
        List<ErasEntryInput> entries = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            boolean first = i == 0;
            entries.add(new ErasEntryInput(chosen.get(i).recordId(), first
                    ? "Carried a list of six to eight inpatients on the general medicine service: admission histories "
                    + "and examinations, daily progress notes in Epic, presentations on attending rounds, and "
                    + "discharge summaries. Followed a patient with new heart failure from admission to the "
                    + "transition-of-care call."
                    : "Took histories and examined patients in clinic, presented each to the attending, drafted "
                    + "assessment and plan, and counselled patients on their medications.",
                    first, first ? "Learning to hold a patient's whole story, not just the problem list, changed how I "
                    + "want to practise medicine." : null));
        }
        service.save(student.personId(), selection.version(), entries);
    }

    private static Specialty primaryCareSpecialty(Random random) {
        Specialty[] choices = {Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS, Specialty.PSYCHIATRY};
        return choices[random.nextInt(choices.length)];
    }

    private long cohort(Viewer advisor, String name) {
        scene.as(advisor);
        return cohorts.create(name, SEASON).id();
    }

    private Optional<Viewer> account(String username, String name, Role role) {
        return people.createDemoAccount(username, name, username + EMAIL_DOMAIN, role);
    }

    private Viewer person(String username, String name, Role role) {
        return account(username, name, role)
                .orElseThrow(() -> new IllegalStateException("Demo account " + username + " exists, but the demo admin "
                        + "did not."));
    }
}
