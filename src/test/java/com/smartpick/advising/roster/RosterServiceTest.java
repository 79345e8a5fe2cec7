package com.smartpick.advising.roster;

import static com.smartpick.advising.jooq.Tables.APPLICANT_PROFILE;
import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.PERSON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.CsvProblem;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.Identity;
import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** The roster import on the real database: all or nothing, every error by line and column, idempotent by e-mail. */
@AdvisingTest
@Transactional
class RosterServiceTest {

    static final String HEADER = "name,email,medical_school,country,graduation_year,step2ck_score,preferred_specialty\n";

    @Autowired DSLContext db;
    @Autowired RosterService roster;
    @Autowired PersonService people;
    @Autowired CohortService cohorts;

    TestData data;
    Viewer advisor;
    long cohort;
    String tag;

    @BeforeEach
    void advisorWithCohort() {
        data = new TestData(db);
        advisor = SignIn.as(data.person("Advisor", Role.ADVISOR));
        cohort = data.cohort("Roster cohort", advisor);
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    String email(String who) {
        return who + "." + tag + "@school.invalid";
    }

    byte[] file(String... lines) {
        return (HEADER + String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_valid_file_creates_the_students_enrolls_them_and_fills_their_profiles() {
        ImportSummary summary = roster.importRoster(cohort, "roster.csv", file(
                "Sofia Haddad," + email("sofia") + ",Cairo University,Egypt,2021,244,Internal Medicine",
                "Rahul Mehta," + email("rahul") + ",,,,,"));

        assertThat(summary).isEqualTo(new ImportSummary(2, 2, 2, 0));
        long sofia = personId(email("sofia"));
        assertThat(db.fetchExists(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort).and(ENROLLMENT.STUDENT_ID.eq(sofia)))).isTrue();
        var profile = db.selectFrom(APPLICANT_PROFILE).where(APPLICANT_PROFILE.STUDENT_ID.eq(sofia)).fetchSingle();
        assertThat(profile.getStep2ckScore()).isEqualTo(244);
        assertThat(profile.getStep2ckAttempts()).isEqualTo(1);
        assertThat(profile.getPreferredSpecialties()).containsExactly("INTERNAL_MEDICINE");
        assertThat(db.fetchExists(APPLICANT_PROFILE, APPLICANT_PROFILE.STUDENT_ID.eq(personId(email("rahul"))))).isFalse();
        assertThat(db.fetchValue(DSL.select(AUDIT_EVENT.DETAIL).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("roster.import")).and(AUDIT_EVENT.SUBJECT_ID.eq(cohort))))
                .contains("roster.csv").contains("2 new people");
    }

    @Test
    void one_bad_row_rejects_the_whole_file_with_every_error_by_line_and_column_and_writes_nothing() {
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file(
                "Good Student," + email("good") + ",,India,2020,240,",
                ",not-an-email,,,1890,999,Astrology",
                "Twin," + email("good").toUpperCase() + ",,,,,")))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new CsvProblem(3, "name", "Enter the student's name."),
                        new CsvProblem(3, "email", "This is not an e-mail address."),
                        new CsvProblem(3, "graduation_year", "Enter a whole number between 1970 and " + (java.time.Year.now().getValue() + 6) + "."),
                        new CsvProblem(3, "step2ck_score", "Enter a whole number between 1 and 300."),
                        new CsvProblem(3, "preferred_specialty",
                                "Unknown specialty; write it as SmartPick names it, e.g. \"Internal Medicine\"."),
                        new CsvProblem(4, "email", "The same e-mail is on line 2.")));

        assertThat(db.fetchExists(PERSON, DSL.lower(PERSON.EMAIL).eq(email("good")))).isFalse();
        assertThat(db.fetchCount(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort))).isZero();
    }

    @Test
    void a_refused_file_is_kept_on_record_for_the_admins_though_the_import_wrote_nothing() {
        assertThatThrownBy(() -> roster.importRoster(cohort, "bad roster.csv", file(",not-an-email,,,,,")))
                .isInstanceOf(RosterRejectedException.class);

        assertThat(db.fetchCount(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort))).isZero();
        assertThat(db.select(AUDIT_EVENT.DETAIL, AUDIT_EVENT.ACTOR_NAME).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ACTION.eq("roster.import.refused")).and(AUDIT_EVENT.SUBJECT_ID.eq(cohort))
                .fetch().map(r -> r.value1() + " by " + r.value2()))
                .containsExactly("file \"bad roster.csv\": 2 problems by " + advisor.displayName());
    }

    @Test
    void a_missing_or_unknown_column_is_named_on_line_one() {
        assertThatThrownBy(() -> roster.importRoster(cohort, "x.csv",
                "name,e-mail\nA,a@b.invalid\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).extracting(CsvProblem::line,
                        CsvProblem::column).containsExactly(org.assertj.core.groups.Tuple.tuple(1, "e-mail"),
                        org.assertj.core.groups.Tuple.tuple(1, "email")));
    }

    @Test
    void importing_the_same_file_again_changes_nothing_and_an_existing_person_is_enrolled_not_duplicated() {
        Viewer known = data.person("Known student", Role.STUDENT);
        String knownEmail = db.fetchValue(DSL.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(known.personId())));
        byte[] file = file("New Student," + email("new") + ",,,,,",
                "Known Student," + knownEmail.toUpperCase() + ",,,,,");

        assertThat(roster.importRoster(cohort, "roster.csv", file)).isEqualTo(new ImportSummary(2, 1, 2, 0));
        assertThat(roster.importRoster(cohort, "roster.csv", file)).isEqualTo(new ImportSummary(2, 0, 0, 2));

        assertThat(db.fetchCount(PERSON, DSL.lower(PERSON.EMAIL).in(email("new"), knownEmail.toLowerCase()))).isEqualTo(2);
        assertThat(db.fetchCount(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort))).isEqualTo(2);
        assertThat(db.fetchExists(ENROLLMENT, ENROLLMENT.STUDENT_ID.eq(known.personId()))).isTrue();
    }

    @Test
    void a_profile_the_student_keeps_is_never_overwritten() {
        Viewer known = data.person("Known student", Role.STUDENT);
        data.profile(known, "Nigeria", 250);
        String knownEmail = db.fetchValue(DSL.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(known.personId())));
        roster.importRoster(cohort, "roster.csv", file("Known," + knownEmail + ",Other School,India,2019,199,"));

        assertThat(db.fetchValue(DSL.select(APPLICANT_PROFILE.STEP2CK_SCORE).from(APPLICANT_PROFILE)
                .where(APPLICANT_PROFILE.STUDENT_ID.eq(known.personId())))).isEqualTo(250);
    }

    @Test
    void an_email_of_someone_who_is_not_a_student_is_refused() {
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        String mentorEmail = db.fetchValue(DSL.select(PERSON.EMAIL).from(PERSON).where(PERSON.ID.eq(mentor.personId())));
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file("Mentor," + mentorEmail + ",,,,,")))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new CsvProblem(2, "email", "This e-mail belongs to someone who is not a student.")));
    }

    @Test
    void a_file_naming_another_cohort_s_current_student_is_refused_whole_with_that_line_named() {
        Viewer other = data.person("Other advisor", Role.ADVISOR);
        Viewer taken = data.person("Taken student", Role.STUDENT);
        data.enroll(data.cohort("Other's cohort", other), taken);

        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file(
                "New Student," + email("new") + ",,,,,",
                "Taken," + data.email(taken.personId()) + ",,,,,")))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new CsvProblem(3, "email", "This student is enrolled in another cohort. Their advisor can "
                                + "withdraw them, or an admin can move them.")));

        assertThat(db.fetchExists(PERSON, DSL.lower(PERSON.EMAIL).eq(email("new")))).isFalse();
        assertThat(db.fetchCount(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort))).isZero();
    }

    @Test
    void a_file_naming_a_student_withdrawn_from_this_cohort_does_not_quietly_bring_them_back() {
        Viewer left = data.person("Left", Role.STUDENT);
        cohorts.enroll(cohort, left.personId());
        cohorts.withdraw(cohort, left.personId());

        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file("Left," + data.email(left.personId()) + ",,,,,")))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).extracting(CsvProblem::line,
                        CsvProblem::message).containsExactly(org.assertj.core.groups.Tuple.tuple(2, "This student was "
                                + "withdrawn from this cohort: enroll them again by hand under Cohorts, or take this line out.")));
    }

    @Test
    void a_student_who_matched_in_another_cohort_may_be_imported_for_a_later_season() {
        Viewer other = data.person("Other advisor", Role.ADVISOR);
        Viewer matched = data.person("Matched student", Role.STUDENT);
        long otherCohort = data.cohort("Other's cohort", other);
        data.enroll(otherCohort, matched);
        db.update(ENROLLMENT).set(ENROLLMENT.STATUS, "MATCHED").where(ENROLLMENT.COHORT_ID.eq(otherCohort)).execute();

        assertThat(roster.importRoster(cohort, "roster.csv", file("Matched," + data.email(matched.personId()) + ",,,,,"))
                .enrolled()).isEqualTo(1);
    }

    @Test
    void a_formula_is_kept_as_plain_text_and_unicode_names_survive_in_nfc() {
        String decomposed = "Jose\u0301 Nu\u0301n\u0303ez";
        roster.importRoster(cohort, "roster.csv", file(
                "\"=HYPERLINK(\"\"http://evil.invalid\"\",\"\"x\"\")\"," + email("formula") + ",\"+cmd|' /C calc'!A0\",,,,",
                decomposed + "," + email("jose") + ",جامعة القاهرة,مصر,,,",
                "阮氏 Nguyễn 👩‍⚕️," + email("nguyen") + ",,,,,"));

        assertThat(name(email("formula"))).isEqualTo("=HYPERLINK(\"http://evil.invalid\",\"x\")");
        assertThat(name(email("jose"))).isEqualTo("José Núñez");
        assertThat(name(email("nguyen"))).isEqualTo("阮氏 Nguyễn 👩‍⚕️");
    }

    @Test
    void huge_fields_control_characters_and_line_breaks_inside_cells_are_refused_by_line_and_column() {
        String huge = "x".repeat(100_000);
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file(
                huge + "," + email("a") + ",,,,,",
                "\"Two\nLines\"," + email("b") + ",,,,,",
                "Bell\u0007," + email("c") + ",,,,,",
                "Right\u202Eto left," + email("d") + ",,,,,")))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new CsvProblem(2, "name", "Keep this within 200 characters."),
                        new CsvProblem(3, "name", "Remove the line break or control character from this cell."),
                        new CsvProblem(4, "name", "Remove the line break or control character from this cell."),
                        new CsvProblem(5, "name", "Remove the line break or control character from this cell.")));
    }

    @Test
    void a_file_that_is_not_text_too_big_or_too_long_is_refused_whole() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', 0, 1, 2, (byte) 0xff};
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", pdf))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("not UTF-8 text"));
        byte[] big = new byte[RosterService.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", big))
                .isInstanceOfSatisfying(RosterRejectedException.class,
                        e -> assertThat(e.errors().get(0).message()).contains("the limit is 1.0 MB"));
        StringBuilder many = new StringBuilder(HEADER);
        for (int i = 0; i <= RosterService.MAX_STUDENTS; i++) {
            many.append("S").append(i).append(",s").append(i).append('.').append(tag).append("@x.invalid,,,,,\n");
        }
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", many.toString().getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(RosterRejectedException.class, e -> assertThat(e.errors()).containsExactly(
                        new CsvProblem(0, "", "The file holds more than 2000 students: split it into smaller files.")));
        assertThat(db.fetchCount(ENROLLMENT, ENROLLMENT.COHORT_ID.eq(cohort))).isZero();
    }

    @Test
    void only_the_cohorts_advisor_or_an_admin_may_import() {
        byte[] file = file("A," + email("a") + ",,,,,");
        SignIn.as(data.person("Other advisor", Role.ADVISOR));
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file)).isInstanceOf(NotFoundException.class);
        SignIn.as(data.person("Mentor", Role.MENTOR));
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(data.person("Student", Role.STUDENT));
        assertThatThrownBy(() -> roster.importRoster(cohort, "roster.csv", file)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(data.person("Admin", Role.ADMIN));
        assertThat(roster.importRoster(cohort, "roster.csv", file).enrolled()).isEqualTo(1);
    }

    @Test
    void the_first_sign_in_with_a_verified_imported_email_claims_the_imported_person() {
        roster.importRoster(cohort, "roster.csv", file("Sofia Haddad," + email("sofia") + ",,,,,"));
        long imported = personId(email("sofia"));
        SignIn.out();

        Viewer signedIn = people.signIn(new Identity("kc-" + tag, "Sofia H.", email("sofia").toUpperCase(), true, Set.of(Role.STUDENT)));

        assertThat(signedIn.personId()).isEqualTo(imported);
        assertThat(db.fetchValue(DSL.select(PERSON.SUBJECT).from(PERSON).where(PERSON.ID.eq(imported)))).isEqualTo("kc-" + tag);
        assertThat(db.fetchExists(ENROLLMENT, ENROLLMENT.STUDENT_ID.eq(imported).and(ENROLLMENT.COHORT_ID.eq(cohort)))).isTrue();
    }

    @Test
    void an_unverified_email_claims_nothing() {
        roster.importRoster(cohort, "roster.csv", file("Sofia Haddad," + email("sofia") + ",,,,,"));
        long imported = personId(email("sofia"));

        Viewer signedIn = people.signIn(new Identity("kc-" + tag, "Impostor", email("sofia"), false, Set.of(Role.STUDENT)));

        assertThat(signedIn.personId()).isNotEqualTo(imported);
        assertThat(db.fetchValue(DSL.select(PERSON.SUBJECT).from(PERSON).where(PERSON.ID.eq(imported))))
                .isEqualTo(PersonService.IMPORTED_SUBJECT_PREFIX + email("sofia"));
    }

    @Test
    void the_sample_file_imports_as_it_is() {
        assertThat(roster.importRoster(cohort, "roster-sample.csv", roster.sampleCsv().replace("sofia.haddad@example.org",
                email("sample")).getBytes(StandardCharsets.UTF_8)).created()).isEqualTo(1);
        assertThat(List.of(RosterColumn.values())).extracting(RosterColumn::header).first().isEqualTo("name");
    }

    private long personId(String email) {
        return db.fetchSingle(DSL.select(PERSON.ID).from(PERSON).where(DSL.lower(PERSON.EMAIL).eq(email))).value1();
    }

    private String name(String email) {
        return db.fetchSingle(DSL.select(PERSON.DISPLAY_NAME).from(PERSON).where(DSL.lower(PERSON.EMAIL).eq(email))).value1();
    }
}
