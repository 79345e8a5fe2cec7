package com.smartpick.advising.demo;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.COHORT;
import static com.smartpick.advising.jooq.Tables.COHORT_ADVISOR;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;

import com.smartpick.advising.smartpick.engine.CensusDivision;
import com.smartpick.advising.smartpick.engine.Specialty;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    static final String PREFIX = "demo:";
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

    DemoDataLoader(DSLContext db) {
        this.db = db;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
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
        for (int i = 0; i < students.size(); i++) {
            long student = students.get(i);
            boolean first = i % 2 == 0;
            long cohort = first ? internalMedicine : primaryCare;
            db.insertInto(ENROLLMENT).set(ENROLLMENT.COHORT_ID, cohort).set(ENROLLMENT.STUDENT_ID, student).execute();
            long assigned = first ? (i < 20 ? mentor : mentor2) : (i < 12 ? mentor2 : mentor3);
            if (i != students.size() - 1) {
                db.insertInto(MENTOR_ASSIGNMENT).set(MENTOR_ASSIGNMENT.COHORT_ID, cohort)
                        .set(MENTOR_ASSIGNMENT.STUDENT_ID, student).set(MENTOR_ASSIGNMENT.MENTOR_ID, assigned).execute();
            }
            if (i < 2 || random.nextInt(10) < 8) {
                profile(student, first ? Specialty.INTERNAL_MEDICINE : primaryCareSpecialty(random), random);
            }
        }
        new ExperienceDemoData(db).load(students);
        LOG.info("Demo data loaded: {} students in 2 cohorts. Demo accounts use the password shown on the login page.",
                students.size());
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
