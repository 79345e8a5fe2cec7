package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static com.smartpick.advising.jooq.Tables.MENTOR_ASSIGNMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class CohortServiceTest {

    @Autowired DSLContext db;
    @Autowired CohortService cohorts;
    TestData data;
    Viewer advisor;

    @BeforeEach
    void signInAsAdvisor() {
        data = new TestData(db);
        advisor = SignIn.as(data.person("Advisor", Role.ADVISOR));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_new_cohort_is_run_by_the_advisor_who_created_it() {
        Cohort created = cohorts.create("  " + TestData.unique("Internal Medicine") + "  ", "2027 Main Residency Match");
        assertThat(created.name()).doesNotStartWith(" ").doesNotEndWith(" ");
        assertThat(cohorts.myCohorts(false)).extracting(Cohort::id).contains(created.id());
    }

    @Test
    void a_blank_name_and_season_are_refused_field_by_field() {
        assertThatThrownBy(() -> cohorts.create("  ", ""))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "matchSeason"));
    }

    @Test
    void two_live_cohorts_cannot_share_a_name_whatever_the_case() {
        String name = TestData.unique("Psychiatry");
        cohorts.create(name, "2027 Main Residency Match");
        assertThatThrownBy(() -> cohorts.create(name.toUpperCase(), "2027 Main Residency Match"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors().get("name")).contains("already exists"));
    }

    @Test
    void an_archived_cohort_frees_its_name_and_cannot_take_new_students() {
        String name = TestData.unique("Family Medicine");
        Cohort old = cohorts.create(name, "2026 Main Residency Match");
        Cohort archived = cohorts.archive(old.id(), old.version());
        cohorts.create(name, "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        assertThatThrownBy(() -> cohorts.enroll(archived.id(), student.personId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cohorts.restore(archived.id(), archived.version()))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_rename_from_a_stale_screen_is_refused_not_applied() {
        Cohort cohort = cohorts.create(TestData.unique("Neurology"), "2027 Main Residency Match");
        cohorts.rename(cohort.id(), cohort.version(), TestData.unique("Neurology first"), cohort.matchSeason());
        String lateName = TestData.unique("Neurology second");
        assertThatThrownBy(() -> cohorts.rename(cohort.id(), cohort.version(), lateName, cohort.matchSeason()))
                .isInstanceOf(StaleDataException.class);
        assertThat(cohorts.cohort(cohort.id()).name()).isNotEqualTo(lateName);
    }

    @Test
    void enrolling_twice_changes_nothing_and_only_students_can_be_enrolled() {
        Cohort cohort = cohorts.create(TestData.unique("Pediatrics"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        assertThat(cohorts.enroll(cohort.id(), student.personId())).isTrue();
        assertThat(cohorts.enroll(cohort.id(), student.personId())).isFalse();
        assertThat(cohorts.members(cohort.id())).hasSize(1);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        assertThatThrownBy(() -> cohorts.enroll(cohort.id(), mentor.personId())).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void mentors_are_assigned_and_unassigned_per_student() {
        Cohort cohort = cohorts.create(TestData.unique("Pathology"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        cohorts.enroll(cohort.id(), student.personId());
        assertThat(cohorts.assignMentor(cohort.id(), student.personId(), mentor.personId())).isTrue();
        assertThat(cohorts.assignMentor(cohort.id(), student.personId(), mentor.personId())).isFalse();
        assertThat(cohorts.members(cohort.id()).getFirst().mentors()).extracting(p -> p.id()).containsExactly(mentor.personId());
        assertThatThrownBy(() -> cohorts.assignMentor(cohort.id(), student.personId(), student.personId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cohorts.unassignMentor(cohort.id(), student.personId(), mentor.personId())).isTrue();
        assertThat(cohorts.members(cohort.id()).getFirst().mentors()).isEmpty();
    }

    // --- who may take a student: one current enrollment, moves by whoever runs both cohorts, withdrawals

    @Test
    void an_advisor_cannot_enroll_another_advisor_s_current_student_and_is_told_who_can_help() {
        Viewer other = data.person("Other advisor", Role.ADVISOR);
        Viewer student = data.person("Student", Role.STUDENT);
        data.enroll(data.cohort("Other's cohort", other), student);
        Cohort mine = cohorts.create(TestData.unique("Mine"), "2027 Main Residency Match");

        assertThatThrownBy(() -> cohorts.enroll(mine.id(), student.personId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("student"))
                        .isEqualTo(student.displayName() + " is enrolled in another cohort. Their advisor can withdraw "
                                + "them, or an admin can move them."));
        assertThat(cohorts.members(mine.id())).isEmpty();
    }

    @Test
    void an_advisor_enrolling_their_own_current_student_into_another_of_their_cohorts_is_told_to_move_them() {
        Cohort first = cohorts.create(TestData.unique("First"), "2027 Main Residency Match");
        Cohort second = cohorts.create(TestData.unique("Second"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        cohorts.enroll(first.id(), student.personId());

        assertThatThrownBy(() -> cohorts.enroll(second.id(), student.personId()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("student"))
                        .contains("\"" + first.name() + "\"").contains("move them from there"));
    }

    @Test
    void a_matched_or_unmatched_student_is_no_one_s_current_student_so_another_advisor_may_enroll_them() {
        Cohort season2027 = cohorts.create(TestData.unique("2027"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        cohorts.enroll(season2027.id(), student.personId());
        cohorts.setStatus(season2027.id(), student.personId(), EnrollmentStatus.UNMATCHED);

        SignIn.as(data.person("Next season's advisor", Role.ADVISOR));
        Cohort season2028 = cohorts.create(TestData.unique("2028"), "2028 Main Residency Match");
        assertThat(cohorts.enroll(season2028.id(), student.personId())).isTrue();

        // back on the old cohort, the unmatched student cannot become active again: she is current elsewhere now
        SignIn.as(advisor);
        assertThatThrownBy(() -> cohorts.setStatus(season2027.id(), student.personId(), EnrollmentStatus.ACTIVE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(statusOf(season2027.id(), student)).isEqualTo("UNMATCHED");
    }

    @Test
    void the_enroll_directory_lists_only_students_the_cohort_may_take() {
        Viewer other = data.person("Other advisor", Role.ADVISOR);
        long othersCohort = data.cohort("Other's cohort", other);
        String tag = TestData.unique("Directory").replace(' ', '-');
        Viewer othersStudent = data.person(tag + " current elsewhere", Role.STUDENT);
        data.enroll(othersCohort, othersStudent);
        Viewer unenrolled = data.person(tag + " unenrolled", Role.STUDENT);
        Viewer withdrawn = data.person(tag + " withdrawn", Role.STUDENT);
        Cohort mine = cohorts.create(TestData.unique("Mine"), "2027 Main Residency Match");
        Viewer alreadyHere = data.person(tag + " already here", Role.STUDENT);
        cohorts.enroll(mine.id(), alreadyHere.personId());
        cohorts.enroll(mine.id(), withdrawn.personId());
        cohorts.withdraw(mine.id(), withdrawn.personId());
        data.person(tag + " mentor", Role.MENTOR);

        assertThat(cohorts.studentsToEnroll(mine.id(), tag)).extracting(p -> p.id())
                .containsExactlyInAnyOrder(unenrolled.personId(), withdrawn.personId());
        // a LIKE wildcard typed into the search is a character, not "everyone"
        assertThat(cohorts.studentsToEnroll(mine.id(), tag + "%")).isEmpty();
    }

    @Test
    void a_withdrawal_keeps_the_enrollment_ends_its_mentors_and_leaves_every_other_row_as_it_was() {
        Cohort cohort = cohorts.create(TestData.unique("Withdraw"), "2027 Main Residency Match");
        Cohort otherCohort = cohorts.create(TestData.unique("Withdraw other"), "2027 Main Residency Match");
        Viewer leaving = data.person("Leaving", Role.STUDENT);
        Viewer staying = data.person("Staying", Role.STUDENT);
        Viewer elsewhere = data.person("Elsewhere", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        for (Viewer student : List.of(leaving, staying)) {
            cohorts.enroll(cohort.id(), student.personId());
            cohorts.assignMentor(cohort.id(), student.personId(), mentor.personId());
        }
        cohorts.enroll(otherCohort.id(), elsewhere.personId());
        cohorts.assignMentor(otherCohort.id(), elsewhere.personId(), mentor.personId());
        Map<String, String> before = enrollmentsAndAssignments();

        assertThat(cohorts.withdraw(cohort.id(), leaving.personId())).isTrue();
        assertThat(cohorts.withdraw(cohort.id(), leaving.personId())).isFalse();

        Map<String, String> after = enrollmentsAndAssignments();
        assertThat(after.get(enrollmentKey(cohort.id(), leaving))).startsWith("WITHDRAWN");
        assertThat(after).doesNotContainKey(assignmentKey(cohort.id(), leaving, mentor));
        before.remove(enrollmentKey(cohort.id(), leaving));
        before.remove(assignmentKey(cohort.id(), leaving, mentor));
        after.remove(enrollmentKey(cohort.id(), leaving));
        assertThat(after).isEqualTo(before);
        assertThat(cohorts.myCohorts(false)).filteredOn(c -> c.id() == cohort.id()).extracting(Cohort::studentCount)
                .containsExactly(1);
        assertThat(actions(leaving)).containsSubsequence("cohort.enroll", "cohort.assign_mentor", "cohort.unassign_mentor",
                "cohort.withdraw");
    }

    @Test
    void a_withdrawn_student_can_be_enrolled_again_by_any_advisor_but_gets_no_mentor_until_enrolled() {
        Cohort cohort = cohorts.create(TestData.unique("Again"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        cohorts.enroll(cohort.id(), student.personId());
        cohorts.withdraw(cohort.id(), student.personId());
        assertThatThrownBy(() -> cohorts.assignMentor(cohort.id(), student.personId(), mentor.personId()))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cohorts.setStatus(cohort.id(), student.personId(), EnrollmentStatus.ACTIVE))
                .isInstanceOf(InvalidInputException.class);

        assertThat(cohorts.enroll(cohort.id(), student.personId())).isTrue();
        assertThat(statusOf(cohort.id(), student)).isEqualTo("ACTIVE");

        cohorts.withdraw(cohort.id(), student.personId());
        SignIn.as(data.person("Another advisor", Role.ADVISOR));
        Cohort theirs = cohorts.create(TestData.unique("Theirs"), "2027 Main Residency Match");
        assertThat(cohorts.enroll(theirs.id(), student.personId())).isTrue();
    }

    @Test
    void withdrawing_is_its_own_operation_not_a_status_change() {
        Cohort cohort = cohorts.create(TestData.unique("Status"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        cohorts.enroll(cohort.id(), student.personId());
        assertThatThrownBy(() -> cohorts.setStatus(cohort.id(), student.personId(), EnrollmentStatus.WITHDRAWN))
                .isInstanceOf(InvalidInputException.class);
        cohorts.setStatus(cohort.id(), student.personId(), EnrollmentStatus.MATCHED);
        assertThat(statusOf(cohort.id(), student)).isEqualTo("MATCHED");
    }

    @Test
    void an_advisor_moves_a_student_between_their_own_cohorts_with_her_mentors_and_nothing_else_changes() {
        Cohort from = cohorts.create(TestData.unique("From"), "2027 Main Residency Match");
        Cohort to = cohorts.create(TestData.unique("To"), "2028 Main Residency Match");
        Viewer moving = data.person("Moving", Role.STUDENT);
        Viewer staying = data.person("Staying", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        for (Viewer student : List.of(moving, staying)) {
            cohorts.enroll(from.id(), student.personId());
            cohorts.assignMentor(from.id(), student.personId(), mentor.personId());
        }
        Map<String, String> before = enrollmentsAndAssignments();

        cohorts.move(moving.personId(), from.id(), to.id());

        Map<String, String> after = enrollmentsAndAssignments();
        assertThat(after.get(enrollmentKey(from.id(), moving))).startsWith("WITHDRAWN");
        assertThat(after.get(enrollmentKey(to.id(), moving))).startsWith("ACTIVE");
        assertThat(after).containsKey(assignmentKey(to.id(), moving, mentor))
                .doesNotContainKey(assignmentKey(from.id(), moving, mentor));
        for (String key : List.of(enrollmentKey(from.id(), moving), enrollmentKey(to.id(), moving),
                assignmentKey(from.id(), moving, mentor), assignmentKey(to.id(), moving, mentor))) {
            before.remove(key);
            after.remove(key);
        }
        assertThat(after).isEqualTo(before);
        assertThat(actions(moving)).contains("cohort.move");
    }

    @Test
    void a_move_needs_someone_who_runs_both_cohorts() {
        Cohort mine = cohorts.create(TestData.unique("Mine"), "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        cohorts.enroll(mine.id(), student.personId());
        Viewer other = data.person("Other advisor", Role.ADVISOR);
        long theirs = data.cohort("Theirs", other);

        assertThatThrownBy(() -> cohorts.move(student.personId(), mine.id(), theirs)).isInstanceOf(NotFoundException.class);
        SignIn.as(other);
        assertThatThrownBy(() -> cohorts.move(student.personId(), mine.id(), theirs)).isInstanceOf(NotFoundException.class);
        assertThat(statusOf(mine.id(), student)).isEqualTo("ACTIVE");

        SignIn.as(data.person("Admin", Role.ADMIN));
        cohorts.move(student.personId(), mine.id(), theirs);
        assertThat(statusOf(theirs, student)).isEqualTo("ACTIVE");
        assertThat(statusOf(mine.id(), student)).isEqualTo("WITHDRAWN");
    }

    @Test
    void restoring_a_cohort_withdraws_the_students_enrolled_elsewhere_meanwhile_and_keeps_the_others() {
        Cohort old = cohorts.create(TestData.unique("Old"), "2026 Main Residency Match");
        Viewer gone = data.person("Gone", Role.STUDENT);
        Viewer kept = data.person("Kept", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        for (Viewer student : List.of(gone, kept)) {
            cohorts.enroll(old.id(), student.personId());
            cohorts.assignMentor(old.id(), student.personId(), mentor.personId());
        }
        Cohort archived = cohorts.archive(old.id(), old.version());
        SignIn.as(data.person("Other advisor", Role.ADVISOR));
        Cohort newer = cohorts.create(TestData.unique("Newer"), "2027 Main Residency Match");
        cohorts.enroll(newer.id(), gone.personId());

        SignIn.as(advisor);
        Restored restored = cohorts.restore(archived.id(), archived.version());

        assertThat(restored.withdrawn()).extracting(p -> p.id()).containsExactly(gone.personId());
        assertThat(statusOf(old.id(), gone)).isEqualTo("WITHDRAWN");
        assertThat(statusOf(newer.id(), gone)).isEqualTo("ACTIVE");
        assertThat(statusOf(old.id(), kept)).isEqualTo("ACTIVE");
        assertThat(cohorts.members(old.id())).filteredOn(m -> m.studentId() == kept.personId())
                .flatExtracting(CohortMember::mentors).extracting(p -> p.id()).containsExactly(mentor.personId());
        assertThat(actions(gone)).contains("cohort.withdraw_on_restore");
    }

    @Test
    void only_people_with_the_mentor_role_mentor_and_only_students_of_the_cohort_get_one() {
        Cohort cohort = cohorts.create(TestData.unique("Mentoring"), "2027 Main Residency Match");
        Viewer enrolled = data.person("Enrolled", Role.STUDENT);
        Viewer outsider = data.person("Outsider", Role.STUDENT);
        Viewer mentor = data.person("Mentor", Role.MENTOR);
        Viewer anotherAdvisor = data.person("Advisor", Role.ADVISOR);
        cohorts.enroll(cohort.id(), enrolled.personId());

        assertThatThrownBy(() -> cohorts.assignMentor(cohort.id(), outsider.personId(), mentor.personId()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> cohorts.assignMentor(cohort.id(), enrolled.personId(), anotherAdvisor.personId()))
                .isInstanceOf(InvalidInputException.class);
        cohorts.setStatus(cohort.id(), enrolled.personId(), EnrollmentStatus.UNMATCHED);
        // through SOAP an unmatched student may still be given a mentor
        assertThat(cohorts.assignMentor(cohort.id(), enrolled.personId(), mentor.personId())).isTrue();
    }

    private String statusOf(long cohortId, Viewer student) {
        return db.select(ENROLLMENT.STATUS).from(ENROLLMENT)
                .where(ENROLLMENT.COHORT_ID.eq(cohortId)).and(ENROLLMENT.STUDENT_ID.eq(student.personId()))
                .fetchSingle(ENROLLMENT.STATUS);
    }

    /** Every enrollment (its status and version) and every mentor assignment in the database, keyed by row. */
    private Map<String, String> enrollmentsAndAssignments() {
        Map<String, String> rows = new HashMap<>();
        db.selectFrom(ENROLLMENT).forEach(e -> rows.put("enrollment " + e.getCohortId() + "/" + e.getStudentId(),
                e.getStatus() + " v" + e.getVersion() + " " + e.getEnrolledAt()));
        db.selectFrom(MENTOR_ASSIGNMENT).forEach(a -> rows.put("assignment " + a.getCohortId() + "/" + a.getStudentId()
                + "/" + a.getMentorId(), String.valueOf(a.getAssignedAt())));
        return rows;
    }

    private static String enrollmentKey(long cohortId, Viewer student) {
        return "enrollment " + cohortId + "/" + student.personId();
    }

    private static String assignmentKey(long cohortId, Viewer student, Viewer mentor) {
        return "assignment " + cohortId + "/" + student.personId() + "/" + mentor.personId();
    }

    private List<String> actions(Viewer student) {
        return db.select(AUDIT_EVENT.ACTION).from(AUDIT_EVENT).where(AUDIT_EVENT.STUDENT_ID.eq(student.personId()))
                .orderBy(AUDIT_EVENT.ID).fetch(AUDIT_EVENT.ACTION);
    }
}
