package com.smartpick.advising.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.StaleDataException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
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
        Cohort archived = cohorts.setArchived(old.id(), old.version(), true);
        cohorts.create(name, "2027 Main Residency Match");
        Viewer student = data.person("Student", Role.STUDENT);
        assertThatThrownBy(() -> cohorts.enroll(archived.id(), student.personId())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> cohorts.setArchived(archived.id(), archived.version(), false))
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
        assertThat(cohorts.members(cohort.id()).getFirst().mentors()).extracting(p -> p.id()).containsExactly(mentor.personId());
        assertThatThrownBy(() -> cohorts.assignMentor(cohort.id(), student.personId(), student.personId()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(cohorts.unassignMentor(cohort.id(), student.personId(), mentor.personId())).isTrue();
        assertThat(cohorts.members(cohort.id()).getFirst().mentors()).isEmpty();
    }
}
