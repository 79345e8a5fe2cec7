package com.smartpick.advising.letter;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class LetterProgramServiceTest {

    @Autowired DSLContext db;
    @Autowired LetterProgramService letterPrograms;

    Viewer student;
    Viewer mentor;
    Viewer advisor;

    @BeforeEach
    void aStudentWithAMentor() {
        TestData data = new TestData(db);
        advisor = data.person("Advisor", Role.ADVISOR);
        mentor = data.person("Mentor", Role.MENTOR);
        student = data.person("Student", Role.STUDENT);
        long cohort = data.cohort("Letters cohort", advisor);
        data.enroll(cohort, student);
        data.assign(cohort, student, mentor);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_student_sends_up_to_four_approved_letters_to_a_program_and_never_a_fifth() {
        List<Long> five = List.of(letter(student, "APPROVED", true), letter(student, "APPROVED", false),
                letter(student, "APPROVED", false), letter(student, "APPROVED", false), letter(student, "APPROVED", false));
        SignIn.as(student);

        letterPrograms.sendLetters("IM-0001", Set.copyOf(five.subList(0, 4)));
        letterPrograms.sendLetters("IM-0002", Set.of(five.get(4)));

        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(Map.of(
                "IM-0001", five.subList(0, 4), "IM-0002", List.of(five.get(4))));
        assertThatThrownBy(() -> letterPrograms.sendLetters("IM-0001", Set.copyOf(five)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("letters"))
                        .isEqualTo("ERAS sends at most 4 letters to a program: IM-0001 has 5."));
        assertThat(letterPrograms.myLettersByProgram().get("IM-0001")).hasSize(4);
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("letter.assign")
                .and(AUDIT_EVENT.STUDENT_ID.eq(student.personId())))).isEqualTo(2);

        letterPrograms.sendLetters("IM-0001", Set.of());
        assertThat(letterPrograms.myLettersByProgram()).containsOnlyKeys("IM-0002");
    }

    @Test
    void only_my_own_approved_letters_can_be_sent_and_only_by_me() {
        long pending = letter(student, "SUBMITTED", false);
        Viewer other = new TestData(db).person("Other student", Role.STUDENT);
        long someoneElses = letter(other, "APPROVED", false);
        long mine = letter(student, "APPROVED", false);
        SignIn.as(student);

        assertThatThrownBy(() -> letterPrograms.sendLetters("IM-0001", Set.of(pending))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letterPrograms.sendLetters("IM-0001", Set.of(someoneElses))).isInstanceOf(NotFoundException.class);
        assertThat(letterPrograms.myApprovedLetters()).extracting(ApprovedLetter::id).containsExactly(mine);

        for (Viewer staff : List.of(mentor, advisor)) {
            SignIn.as(staff);
            assertThatThrownBy(() -> letterPrograms.sendLetters("IM-0001", Set.of(mine))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void letters_chosen_once_go_to_many_programs_in_one_step_after_a_preview_and_other_students_keep_theirs() {
        long a = letter(student, "APPROVED", false);
        long b = letter(student, "APPROVED", false);
        long c = letter(student, "APPROVED", false);
        Viewer other = new TestData(db).person("Other student", Role.STUDENT);
        long theirs = letter(other, "APPROVED", false);
        SignIn.as(other);
        letterPrograms.sendLetters("IM-0001", Set.of(theirs));
        SignIn.as(student);
        letterPrograms.sendLetters("IM-0001", Set.of(a));
        List<String> reach = List.of("IM-0001", "IM-0002", "IM-0003");

        assertThat(letterPrograms.planLetters(reach, Set.of(a, b), LetterPlacement.ADD))
                .isEqualTo(new LetterPlan(3, 3, List.of()));
        assertThat(letterPrograms.placeLetters(reach, Set.of(a, b), LetterPlacement.ADD)).isEqualTo(3);
        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(Map.of(
                "IM-0001", List.of(a, b), "IM-0002", List.of(a, b), "IM-0003", List.of(a, b)));
        assertThat(letterPrograms.planLetters(reach, Set.of(a), LetterPlacement.ADD)).isEqualTo(new LetterPlan(3, 0, List.of()));

        assertThat(letterPrograms.placeLetters(List.of("IM-0002", "IM-0004"), Set.of(c), LetterPlacement.REPLACE)).isEqualTo(2);
        assertThat(letterPrograms.placeLetters(reach, Set.of(a), LetterPlacement.REMOVE)).isEqualTo(2);
        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(Map.of(
                "IM-0001", List.of(b), "IM-0002", List.of(c), "IM-0003", List.of(b), "IM-0004", List.of(c)));

        SignIn.as(other);
        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(Map.of("IM-0001", List.of(theirs)));
    }

    @Test
    void placing_letters_that_would_give_one_program_a_fifth_changes_no_program_at_all() {
        List<Long> five = List.of(letter(student, "APPROVED", false), letter(student, "APPROVED", false),
                letter(student, "APPROVED", false), letter(student, "APPROVED", false), letter(student, "APPROVED", false));
        SignIn.as(student);
        letterPrograms.sendLetters("IM-0002", Set.copyOf(five.subList(0, 4)));
        Map<String, List<Long>> before = letterPrograms.myLettersByProgram();
        List<String> all = List.of("IM-0001", "IM-0002", "IM-0003");

        assertThat(letterPrograms.planLetters(all, Set.of(five.get(4)), LetterPlacement.ADD))
                .isEqualTo(new LetterPlan(3, 3, List.of("IM-0002")));
        assertThatThrownBy(() -> letterPrograms.placeLetters(all, Set.of(five.get(4)), LetterPlacement.ADD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("letters"))
                        .startsWith("ERAS sends at most 4 letters to a program, and 1 of the chosen programs would get more."));
        assertThatThrownBy(() -> letterPrograms.placeLetters(all, Set.copyOf(five), LetterPlacement.REPLACE))
                .isInstanceOf(InvalidInputException.class);
        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(before);

        long pending = letter(student, "SUBMITTED", false);
        assertThatThrownBy(() -> letterPrograms.placeLetters(all, Set.of(pending), LetterPlacement.ADD))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> letterPrograms.placeLetters(List.of(), Set.of(five.get(4)), LetterPlacement.ADD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("programs"));
        assertThat(letterPrograms.myLettersByProgram()).isEqualTo(before);
    }

    private long letter(Viewer of, String status, boolean waived) {
        OffsetDateTime requested = OffsetDateTime.now().minusDays(10);
        return db.insertInto(LETTER).set(LETTER.STUDENT_ID, of.personId()).set(LETTER.MENTOR_ID, mentor.personId())
                .set(LETTER.SPECIALTY, "Internal Medicine").set(LETTER.PROGRAMS, new String[] {"Test Program"})
                .set(LETTER.WAIVED, waived).set(LETTER.WAIVER_RECORDED_AT, requested).set(LETTER.WAIVER_RECORDED_BY, of.personId())
                .set(LETTER.STATUS, status).set(LETTER.CONTENT_KIND, "TEXT").set(LETTER.REQUESTED_AT, requested)
                .set(LETTER.DECIDED_AT, status.equals("APPROVED") ? requested.plusDays(3) : null)
                .set(LETTER.DECIDED_BY, status.equals("APPROVED") ? advisor.personId() : null)
                .returning(LETTER.ID).fetchSingle(LETTER.ID);
    }
}
