package com.smartpick.advising.student;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.PageRequest;
import com.smartpick.advising.cohort.CohortName;
import com.smartpick.advising.cohort.CohortService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** "My students" against the real database: exactly the visible students, filtered, sorted and paged. */
@AdvisingTest
@Transactional
class MyStudentsQueryTest {

    @Autowired DSLContext db;
    @Autowired StudentService students;
    @Autowired CohortService cohorts;

    TestData data;
    Viewer advisor;
    Viewer mentor;
    long cohort;
    List<Viewer> enrolled;

    @BeforeEach
    void cohortOfFive() {
        data = new TestData(db);
        advisor = data.person("Advisor", Role.ADVISOR);
        mentor = data.person("Mentor", Role.MENTOR);
        cohort = data.cohort("Paging cohort", advisor);
        enrolled = List.of(data.person("Student", Role.STUDENT), data.person("Student", Role.STUDENT),
                data.person("Student", Role.STUDENT), data.person("Student", Role.STUDENT), data.person("Student", Role.STUDENT));
        int score = 220;
        for (Viewer student : enrolled) {
            data.enroll(cohort, student);
            data.profile(student, "Egypt", score += 5);
        }
        data.assign(cohort, enrolled.get(0), mentor);
        data.assign(cohort, enrolled.get(1), mentor);
        // a student of someone else's cohort, who must never show up
        Viewer otherAdvisor = data.person("Other advisor", Role.ADVISOR);
        long otherCohort = data.cohort("Other cohort", otherAdvisor);
        Viewer foreign = data.person("Foreign student", Role.STUDENT);
        data.enroll(otherCohort, foreign);
        data.assign(otherCohort, foreign, data.person("Other mentor", Role.MENTOR));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void an_advisor_sees_exactly_the_students_of_their_cohorts() {
        SignIn.as(advisor);
        assertThat(ids(students.page(StudentFilter.NONE, new PageRequest(0, 50, List.of()))))
                .containsExactlyInAnyOrderElementsOf(enrolled.stream().map(Viewer::personId).toList());
        assertThat(students.count(StudentFilter.NONE)).isEqualTo(5);
    }

    @Test
    void a_mentor_sees_exactly_their_mentees() {
        SignIn.as(mentor);
        assertThat(ids(students.page(StudentFilter.NONE, new PageRequest(0, 50, List.of()))))
                .containsExactlyInAnyOrder(enrolled.get(0).personId(), enrolled.get(1).personId());
        assertThat(students.count(StudentFilter.NONE)).isEqualTo(2);
    }

    @Test
    void a_withdrawn_student_leaves_the_advisor_s_list_and_the_cohort_she_left_is_not_shown_beside_her_elsewhere() {
        Viewer admin = data.person("Admin", Role.ADMIN);
        SignIn.as(admin);
        cohorts.withdraw(cohort, enrolled.get(0).personId());
        long next = data.cohort("Next cohort", data.person("Next advisor", Role.ADVISOR));
        cohorts.enroll(next, enrolled.get(0).personId());

        assertThat(students.student(enrolled.get(0).personId()).cohorts()).doesNotContain("Paging cohort").contains("Next cohort");
        assertThat(students.student(enrolled.get(0).personId()).mentors()).isEmpty();
        SignIn.as(advisor);
        assertThat(ids(students.page(StudentFilter.NONE, new PageRequest(0, 50, List.of())))).hasSize(4)
                .doesNotContain(enrolled.get(0).personId());
        SignIn.as(mentor);
        assertThat(ids(students.page(StudentFilter.NONE, new PageRequest(0, 50, List.of()))))
                .containsExactly(enrolled.get(1).personId());
    }

    @Test
    void pages_hold_exactly_the_limit_except_the_last() {
        SignIn.as(advisor);
        PageRequest.Sort byScore = new PageRequest.Sort("step2ck", true);
        List<StudentRow> first = students.page(StudentFilter.NONE, new PageRequest(0, 2, List.of(byScore)));
        List<StudentRow> last = students.page(StudentFilter.NONE, new PageRequest(4, 2, List.of(byScore)));
        assertThat(first).extracting(StudentRow::step2ckScore).containsExactly(225, 230);
        assertThat(last).extracting(StudentRow::step2ckScore).containsExactly(245);
    }

    @Test
    void sorting_descending_by_score_puts_the_highest_first() {
        SignIn.as(advisor);
        List<StudentRow> rows = students.page(StudentFilter.NONE,
                new PageRequest(0, 5, List.of(new PageRequest.Sort("step2ck", false))));
        assertThat(rows).extracting(StudentRow::step2ckScore).containsExactly(245, 240, 235, 230, 225);
    }

    @Test
    void the_text_filter_matches_name_email_school_and_country() {
        SignIn.as(advisor);
        Viewer one = enrolled.get(3);
        assertThat(ids(students.page(new StudentFilter(one.displayName().toUpperCase(), null), new PageRequest(0, 10, List.of()))))
                .containsExactly(one.personId());
        assertThat(students.count(new StudentFilter("egy", null))).isEqualTo(5);
        assertThat(students.count(new StudentFilter("no such student", null))).isZero();
    }

    @Test
    void the_cohort_filter_offers_only_cohorts_with_visible_students() {
        SignIn.as(mentor);
        assertThat(students.cohortChoices()).extracting(CohortName::id).containsExactly(cohort);
        assertThat(students.count(new StudentFilter("", cohort))).isEqualTo(2);
    }

    private static List<Long> ids(List<StudentRow> rows) {
        return rows.stream().map(StudentRow::id).toList();
    }
}
