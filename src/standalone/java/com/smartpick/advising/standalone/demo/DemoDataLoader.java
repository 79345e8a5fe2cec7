package com.smartpick.advising.standalone.demo;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.ERAS_ENTRY;
import static com.smartpick.advising.jooq.Tables.ERAS_SELECTION;
import static com.smartpick.advising.jooq.Tables.EXPERIENCE_RECORD;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static com.smartpick.advising.jooq.Tables.LETTER_REVISION;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.smartpick.catalog.CatalogSeed;
import com.smartpick.advising.smartpick.catalog.SyntheticCatalog;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
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
 * admin's row is the marker, inserted first, so a second instance starting at the same time waits on it and then
 * finds the work done. Seeded, so every installation gets the same people. Names and schools are invented.
 */
@Component
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    static final String PREFIX = PersonService.DEMO_SUBJECT_PREFIX;
    static final String EMAIL_DOMAIN = "@demo.smartpick.invalid";
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

    private final DSLContext db;
    // both absent when SmartPick is switched off: the demo then has no catalog and no lists
    private final ObjectProvider<CatalogSeed> catalog;
    private final ObjectProvider<DemoRankedLists> rankedLists;

    DemoDataLoader(DSLContext db, ObjectProvider<CatalogSeed> catalog, ObjectProvider<DemoRankedLists> rankedLists) {
        this.db = db;
        this.catalog = catalog;
        this.rankedLists = rankedLists;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        seedCatalog();
        if (!insertPerson("admin", "Ada Admin", "ADMIN")) {
            return;
        }
        long advisor = person("advisor", "Dr. Alice Moreno", "ADVISOR");
        long advisor2 = person("advisor2", "Dr. Brian Okafor", "ADVISOR");
        long mentor = person("mentor", "Dr. Chen Li", "MENTOR");
        long mentor2 = person("mentor2", "Dr. Priya Nair", "MENTOR");
        long mentor3 = person("mentor3", "Dr. Samuel Weiss", "MENTOR");

        Random random = new Random(2027);
        List<Long> students = new ArrayList<>();
        students.add(person("student", "Sofia Haddad", "STUDENT"));
        students.add(person("student2", "Rahul Mehta", "STUDENT"));
        for (int i = 3; i <= 40; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            students.add(person("student%02d".formatted(i), name, "STUDENT"));
        }
        long internalMedicine = cohort("IMG Cohort 2027 · Internal Medicine", advisor);
        long primaryCare = cohort("IMG Cohort 2027 · Primary Care & Psychiatry", advisor2);
        // one student of the second cohort has left it: listed there as withdrawn, seen by no one's advisor or
        // mentor, and free for any advisor to enroll
        int withdrawn = students.size() - 3;
        for (int i = 0; i < students.size(); i++) {
            long student = students.get(i);
            boolean first = i % 2 == 0;
            long cohort = first ? internalMedicine : primaryCare;
            db.insertInto(ENROLLMENT).set(ENROLLMENT.COHORT_ID, cohort).set(ENROLLMENT.STUDENT_ID, student)
                    .set(ENROLLMENT.STATUS, i == withdrawn ? "WITHDRAWN" : "ACTIVE").execute();
            long assigned = first ? (i < 20 ? mentor : mentor2) : (i < 12 ? mentor2 : mentor3);
            if (i != students.size() - 1 && i != withdrawn) {
                db.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.COHORT_ID, cohort)
                        .set(MENTOR_ASSIGNMENT.STUDENT_ID, student).set(MENTOR_ASSIGNMENT.MENTOR_ID, assigned).execute();
            }
            if (i < 2 || random.nextInt(10) < 8) {
                profile(student, first ? Specialty.INTERNAL_MEDICINE : primaryCareSpecialty(random), random);
            }
        }
        new ExperienceDemoData(db).load(students);
        readinessVariety(students);
        // last, so that it finds the experience records written above
        erasSelection(students.get(0));
        letters(students.get(0), mentor, advisor, students.get(1), mentor2, advisor2);
        rankedLists.ifAvailable(lists -> lists.load(new DemoRankedLists.Person(advisor, "Dr. Alice Moreno", Role.ADVISOR),
                new DemoRankedLists.Person(mentor, "Dr. Chen Li", Role.MENTOR), students.get(0),
                new DemoRankedLists.Person(advisor2, "Dr. Brian Okafor", Role.ADVISOR),
                new DemoRankedLists.Person(mentor2, "Dr. Priya Nair", Role.MENTOR), students.get(1)));
        LOG.info("Demo data loaded: {} students in 2 cohorts, one of them withdrawn. Demo accounts use the password shown "
                + "on the login page.", students.size());
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

    /**
     * Letters in every state for the two demo students: Sofia's waived approved letter is the one she can never
     * read; Rahul's kept approved letter he can. The advisors' reads are on the record, so "Who viewed my record"
     * has entries.
     */
    private void letters(long sofia, long chenLi, long moreno, long rahul, long nair, long okafor) {
        OffsetDateTime now = OffsetDateTime.now();
        String[] medicine = {"Mayo Clinic · Internal Medicine", "Cleveland Clinic · Internal Medicine",
                "Johns Hopkins · Internal Medicine"};
        Author chen = new Author(chenLi, "Associate Professor of Medicine", "Lakeside University Hospital",
                "chen.li@demo.smartpick.invalid");
        Author priya = new Author(nair, "Program Faculty, Psychiatry", "Riverside Community Health",
                "priya.nair@demo.smartpick.invalid");
        long waived = letter(sofia, chen, "Internal Medicine", medicine, true, "APPROVED", null, now.minusDays(20),
                "I supervised Sofia Haddad for twelve weeks on our inpatient medicine service. She carried a full list "
                        + "of patients, presented them concisely, and followed up on every result herself.\n\n"
                        + "I recommend her without reservation for residency in internal medicine.", moreno);
        long submitted = letter(sofia, chen, "Internal Medicine", medicine, false, "SUBMITTED", null, now.minusDays(6),
                "Sofia's quality-improvement project on discharge summaries reduced readmission calls by a third.", null);
        letter(sofia, chen, "Internal Medicine (preliminary year)", new String[] {"Lakeside University · Preliminary Medicine"},
                true, "DRAFTING", null, now.minusDays(3), "Draft: Sofia joined our team in March…", null);
        letter(sofia, chen, "Cardiology research year", new String[] {"Lakeside University · Cardiology research"}, false,
                "REQUESTED", null, now.minusDays(1), null, null);
        long kept = letter(rahul, priya, "Psychiatry", new String[] {"Riverside Community · Psychiatry",
                "Northbrook University · Psychiatry"}, false, "APPROVED", null, now.minusDays(15),
                "Rahul Mehta rotated with our outpatient psychiatry clinic for eight weeks. His interviews were warm "
                        + "and structured, and patients trusted him quickly.", okafor);
        letter(rahul, priya, "Family Medicine", new String[] {"Valley Health · Family Medicine"}, true, "RETURNED",
                "Please describe the continuity clinic in more detail.", now.minusDays(9),
                "Rahul worked in our family medicine clinic.", okafor);
        letter(rahul, priya, "Pediatrics", new String[] {"Children's Hospital · Pediatrics"}, false,
                "DECLINED", "I have not supervised Rahul in pediatrics and could not speak to his work there.",
                now.minusDays(12), null, null);
        read(moreno, "Dr. Alice Moreno", waived, sofia, now.minusDays(19));
        read(moreno, "Dr. Alice Moreno", submitted, sofia, now.minusDays(2));
        read(okafor, "Dr. Brian Okafor", kept, rahul, now.minusDays(14));
    }

    private record Author(long mentor, String title, String institution, String contact) {
    }

    private long letter(long student, Author mentor, String specialty, String[] programs, boolean waived, String status,
            @Nullable String reason, OffsetDateTime requested, @Nullable String body, @Nullable Long decidedBy) {
        long id = db.insertInto(LETTER).set(LETTER.STUDENT_ID, student).set(LETTER.MENTOR_ID, mentor.mentor())
                .set(LETTER.SPECIALTY, specialty).set(LETTER.PROGRAMS, programs)
                .set(LETTER.WAIVED, waived).set(LETTER.WAIVER_RECORDED_AT, requested).set(LETTER.WAIVER_RECORDED_BY, student)
                .set(LETTER.STATUS, status).set(LETTER.REASON, reason).set(LETTER.CONTENT_KIND, body == null ? "NONE" : "TEXT")
                .set(LETTER.AUTHOR_TITLE, mentor.title()).set(LETTER.AUTHOR_INSTITUTION, mentor.institution())
                .set(LETTER.AUTHOR_CONTACT, mentor.contact()).set(LETTER.REQUESTED_AT, requested)
                .set(LETTER.SUBMITTED_AT, body == null || status.equals("DRAFTING") ? null : requested.plusDays(2))
                .set(LETTER.DECIDED_AT, decidedBy == null ? null : requested.plusDays(4)).set(LETTER.DECIDED_BY, decidedBy)
                .returning(LETTER.ID).fetchSingle(LETTER.ID);
        if (body != null) {
            db.insertInto(LETTER_REVISION).set(LETTER_REVISION.LETTER_ID, id).set(LETTER_REVISION.REVISION, 1)
                    .set(LETTER_REVISION.BODY, body).set(LETTER_REVISION.SAVED_BY, mentor.mentor())
                    .set(LETTER_REVISION.SAVED_AT, requested.plusDays(1)).execute();
        }
        return id;
    }

    private void read(long advisor, String name, long letter, long student, OffsetDateTime at) {
        db.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.AT, at).set(AUDIT_EVENT.ACTOR_ID, advisor).set(AUDIT_EVENT.ACTOR_NAME, name)
                .set(AUDIT_EVENT.ACTOR_ROLES, "ADVISOR").set(AUDIT_EVENT.ACTION, "letter.read")
                .set(AUDIT_EVENT.SUBJECT_TYPE, "letter").set(AUDIT_EVENT.SUBJECT_ID, letter)
                .set(AUDIT_EVENT.STUDENT_ID, student).execute();
    }

    private void profile(long student, Specialty first, Random random) {
        String[] school = SCHOOLS[random.nextInt(SCHOOLS.length)];
        int yog = 2016 + random.nextInt(10);
        int step2 = Math.max(205, Math.min(268, (int) Math.round(240 + random.nextGaussian() * 11)));
        String visa = switch (random.nextInt(20)) {
            case 0, 1, 2, 3, 4 -> "NONE";
            case 5, 6, 7 -> "H1B";
            default -> "J1";
        };
        CensusDivision[] divisions = CensusDivision.values();
        db.insertInto(APPLICANT_PROFILE)
                .set(APPLICANT_PROFILE.STUDENT_ID, student)
                .set(APPLICANT_PROFILE.MEDICAL_SCHOOL, school[0])
                .set(APPLICANT_PROFILE.SCHOOL_COUNTRY, school[1])
                .set(APPLICANT_PROFILE.GRADUATION_YEAR, yog)
                .set(APPLICANT_PROFILE.ECFMG_CERTIFIED, step2 >= 214 && random.nextInt(4) > 0)
                .set(APPLICANT_PROFILE.STEP1_RESULT, "PASS")
                .set(APPLICANT_PROFILE.STEP1_ATTEMPTS, random.nextInt(10) == 0 ? 2 : 1)
                .set(APPLICANT_PROFILE.STEP2CK_SCORE, step2)
                .set(APPLICANT_PROFILE.STEP2CK_ATTEMPTS, step2 < 214 ? 2 : 1)
                .set(APPLICANT_PROFILE.VISA_NEED, visa)
                .set(APPLICANT_PROFILE.PREFERRED_SPECIALTIES, new String[] {first.name()})
                .set(APPLICANT_PROFILE.PREFERRED_REGIONS, new String[] {
                        divisions[random.nextInt(4)].name(), divisions[4 + random.nextInt(5)].name()})
                .set(APPLICANT_PROFILE.RESEARCH_ITEMS, random.nextInt(6))
                .execute();
    }

    /**
     * A few experience records so the readiness dashboard shows every flag: verified hands-on US rotations for
     * some students, records waiting for review for over a week for others. Only where the experience feature's own
     * demo records are absent (they come first when present), so a demo never holds both.
     */
    private void readinessVariety(List<Long> students) {
        if (db.fetchExists(EXPERIENCE_RECORD)) {
            return;
        }
        LocalDate today = LocalDate.now();
        for (int i = 0; i < 16; i++) {
            long student = students.get(i);
            boolean waiting = i % 3 == 2;
            OffsetDateTime submitted = OffsetDateTime.now().minusDays(waiting ? 9 + i : 20 + i);
            LocalDate start = today.minusMonths(14 - i / 2).withDayOfMonth(1);
            db.insertInto(EXPERIENCE_RECORD).set(EXPERIENCE_RECORD.STUDENT_ID, student)
                    .set(EXPERIENCE_RECORD.STATUS, waiting ? "SUBMITTED" : "VERIFIED")
                    .set(EXPERIENCE_RECORD.EXPERIENCE_TYPE, i % 5 == 4 ? "OBSERVERSHIP" : "CLINICAL_ROTATION")
                    .set(EXPERIENCE_RECORD.HANDS_ON, i % 5 != 4)
                    .set(EXPERIENCE_RECORD.INSTITUTION, i % 2 == 0 ? "Mercy General Hospital" : "Lakeside Community Clinic")
                    .set(EXPERIENCE_RECORD.DEPARTMENT, i % 2 == 0 ? "Department of Medicine" : "Family Medicine")
                    .set(EXPERIENCE_RECORD.CITY, i % 2 == 0 ? "Chicago" : "Dayton")
                    .set(EXPERIENCE_RECORD.STATE, i % 2 == 0 ? "IL" : "OH").set(EXPERIENCE_RECORD.COUNTRY, "US")
                    .set(EXPERIENCE_RECORD.SETTING, i % 2 == 0 ? "ACADEMIC" : "COMMUNITY")
                    .set(EXPERIENCE_RECORD.SPECIALTY, i % 2 == 0 ? "INTERNAL_MEDICINE" : "FAMILY_MEDICINE")
                    .set(EXPERIENCE_RECORD.START_DATE, start).set(EXPERIENCE_RECORD.END_DATE, start.plusWeeks(8))
                    .set(EXPERIENCE_RECORD.HOURS_PER_WEEK, 40)
                    .set(EXPERIENCE_RECORD.SUPERVISOR_NAME, i % 2 == 0 ? "Dr. Maria Gonzalez" : "Dr. Thomas Reed")
                    .set(EXPERIENCE_RECORD.SUPERVISOR_TITLE, "Attending physician")
                    .set(EXPERIENCE_RECORD.TASKS, "Took histories and examined patients, presented on rounds, wrote progress "
                            + "notes in Epic, and followed patients through discharge.")
                    .set(EXPERIENCE_RECORD.SUBMITTED_AT, submitted)
                    .set(EXPERIENCE_RECORD.REVIEWED_AT, waiting ? null : submitted.plusDays(2))
                    .execute();
        }
    }

    /** The demo student's ERAS entries: up to three of their verified records, the first marked most meaningful. */
    private void erasSelection(long student) {
        List<Long> verified = db.select(EXPERIENCE_RECORD.ID).from(EXPERIENCE_RECORD)
                .where(EXPERIENCE_RECORD.STUDENT_ID.eq(student)).and(EXPERIENCE_RECORD.STATUS.eq("VERIFIED"))
                .and(EXPERIENCE_RECORD.SUPERSEDED_BY.isNull())
                .orderBy(EXPERIENCE_RECORD.START_DATE.desc()).limit(3).fetch(EXPERIENCE_RECORD.ID);
        if (verified.isEmpty()) {
            return;
        }
        db.insertInto(ERAS_SELECTION).set(ERAS_SELECTION.STUDENT_ID, student).set(ERAS_SELECTION.UPDATED_BY, student).execute();
        for (int i = 0; i < verified.size(); i++) {
            boolean first = i == 0;
            db.insertInto(ERAS_ENTRY).set(ERAS_ENTRY.STUDENT_ID, student).set(ERAS_ENTRY.POSITION, i + 1)
                    .set(ERAS_ENTRY.RECORD_ID, verified.get(i))
                    .set(ERAS_ENTRY.DESCRIPTION, first
                            ? "Carried a list of six to eight inpatients on the general medicine service: admission histories "
                            + "and examinations, daily progress notes in Epic, presentations on attending rounds, and "
                            + "discharge summaries. Followed a patient with new heart failure from admission to the "
                            + "transition-of-care call."
                            : "Took histories and examined patients in clinic, presented each to the attending, drafted "
                            + "assessment and plan, and counselled patients on their medications.")
                    .set(ERAS_ENTRY.MOST_MEANINGFUL, first)
                    .set(ERAS_ENTRY.MEANINGFUL_NOTE, first ? "Learning to hold a patient's whole story, not just the "
                            + "problem list, changed how I want to practise medicine." : null)
                    .execute();
        }
    }

    private static Specialty primaryCareSpecialty(Random random) {
        Specialty[] choices = {Specialty.FAMILY_MEDICINE, Specialty.PEDIATRICS, Specialty.PSYCHIATRY};
        return choices[random.nextInt(choices.length)];
    }

    private long cohort(String name, long advisor) {
        long id = db.insertInto(COHORT).set(COHORT.NAME, name).set(COHORT.MATCH_SEASON, "2027 Main Residency Match")
                .set(COHORT.CREATED_BY, advisor).returning(COHORT.ID).fetchSingle(COHORT.ID);
        db.insertInto(COHORT_ADVISOR).set(COHORT_ADVISOR.COHORT_ID, id).set(COHORT_ADVISOR.ADVISOR_ID, advisor).execute();
        return id;
    }

    /** @return false when the person was there already: demo data exists */
    private boolean insertPerson(String username, String name, String role) {
        return db.insertInto(PERSON).set(PERSON.SUBJECT, PREFIX + username).set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.EMAIL, username + EMAIL_DOMAIN).set(PERSON.ROLES, new String[] {role})
                .onConflictDoNothing().execute() == 1;
    }

    private long person(String username, String name, String role) {
        return db.insertInto(PERSON).set(PERSON.SUBJECT, PREFIX + username).set(PERSON.DISPLAY_NAME, name)
                .set(PERSON.EMAIL, username + EMAIL_DOMAIN).set(PERSON.ROLES, new String[] {role})
                .returning(PERSON.ID).fetchSingle(PERSON.ID);
    }
}
