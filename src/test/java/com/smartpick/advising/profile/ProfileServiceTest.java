package com.smartpick.advising.profile;

import com.smartpick.advising.smartpick.engine.VisaNeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.StaleDataException;
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

@AdvisingTest
@Transactional
class ProfileServiceTest {

    @Autowired DSLContext db;
    @Autowired ProfileService profiles;
    Viewer student;

    @BeforeEach
    void signInAsNewStudent() {
        student = SignIn.as(new TestData(db).person("Student", Role.STUDENT));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ApplicantProfile filledIn(ApplicantProfile p, String school) {
        return new ApplicantProfile(p.studentId(), school, "Philippines", 2022, false, ExamResult.PASS, 1, 236, 1,
                ExamResult.NOT_TAKEN, VisaNeed.J1, List.of(), List.of(), AreaPreference.ANY, 1, p.version());
    }

    @Test
    void a_new_student_starts_from_an_empty_profile_and_saves_it() {
        ApplicantProfile empty = profiles.myProfile();
        assertThat(empty.isNew()).isTrue();
        ApplicantProfile saved = profiles.saveMyProfile(filledIn(empty, "University of Santo Tomas"));
        assertThat(saved.version()).isZero();
        assertThat(profiles.myProfile().medicalSchool()).isEqualTo("University of Santo Tomas");
    }

    @Test
    void two_editors_of_one_profile_the_second_save_is_refused_and_the_first_kept() {
        ApplicantProfile base = profiles.saveMyProfile(filledIn(profiles.myProfile(), "First school"));
        ApplicantProfile tabOne = profiles.myProfile();
        ApplicantProfile tabTwo = profiles.myProfile();
        profiles.saveMyProfile(filledIn(tabOne, "Saved in tab one"));
        assertThatThrownBy(() -> profiles.saveMyProfile(filledIn(tabTwo, "Saved in tab two")))
                .isInstanceOf(StaleDataException.class).hasMessageContaining("changed by someone else");
        assertThat(profiles.myProfile().medicalSchool()).isEqualTo("Saved in tab one");
        assertThat(base.version()).isZero();
    }

    @Test
    void two_first_saves_of_a_new_profile_the_second_is_refused() {
        ApplicantProfile tabOne = profiles.myProfile();
        ApplicantProfile tabTwo = profiles.myProfile();
        profiles.saveMyProfile(filledIn(tabOne, "Tab one"));
        assertThatThrownBy(() -> profiles.saveMyProfile(filledIn(tabTwo, "Tab two"))).isInstanceOf(StaleDataException.class);
    }

    @Test
    void an_invalid_profile_is_refused_whole_and_nothing_is_written() {
        ApplicantProfile bad = filledIn(profiles.myProfile(), "");
        assertThatThrownBy(() -> profiles.saveMyProfile(bad))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors()).containsKey("medicalSchool"));
        assertThat(profiles.myProfile().isNew()).isTrue();
    }
}
