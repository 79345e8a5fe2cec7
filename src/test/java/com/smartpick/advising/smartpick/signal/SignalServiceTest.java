package com.smartpick.advising.smartpick.signal;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.PLACED_SIGNAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.smartpick.engine.Program;
import com.smartpick.advising.smartpick.engine.SignalTier;
import com.smartpick.advising.smartpick.engine.Specialty;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RecordedInputs;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

@AdvisingTest
@Transactional
class SignalServiceTest {

    @Autowired DSLContext db;
    @Autowired SignalService signals;
    @Autowired RankedListService lists;
    TestData.World world;
    List<Program> internalMedicine;

    @BeforeEach
    void world() {
        world = new TestData(db).world();
        SignIn.as(world.studentA());
        internalMedicine = signals.programsOf(Specialty.INTERNAL_MEDICINE);
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void a_student_records_her_signals_within_the_seasons_allowance() {
        long student = world.studentA().personId();
        for (int i = 0; i < 3; i++) {
            signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(i).id(), SignalTier.PRIMARY);
        }
        SignalBoard board = signals.board(student, Specialty.INTERNAL_MEDICINE);

        assertThat(board.placed(SignalTier.PRIMARY)).isEqualTo(3);
        assertThat(board.left(SignalTier.SECONDARY)).isEqualTo(12);
        assertThat(board.canChange()).isTrue();
        assertThatThrownBy(() -> signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(3).id(),
                SignalTier.PRIMARY)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("All 3 gold signals").hasMessageContaining("remove one first");
        assertThatThrownBy(() -> signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(0).id(),
                SignalTier.SECONDARY)).isInstanceOf(InvalidInputException.class).hasMessageContaining("already has a signal");
        Program psychiatry = signals.programsOf(Specialty.PSYCHIATRY).get(0);
        assertThatThrownBy(() -> signals.place(student, Specialty.INTERNAL_MEDICINE, psychiatry.id(), SignalTier.SECONDARY))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("is not a Internal Medicine program");
        assertThat(db.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("signal.place"))).isEqualTo(3);
    }

    @Test
    void removing_a_signal_touches_that_one_and_no_other_students() {
        long student = world.studentA().personId();
        SignalBoard board = signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(0).id(),
                SignalTier.PRIMARY);
        SignIn.as(world.studentB());
        signals.place(world.studentB().personId(), Specialty.INTERNAL_MEDICINE, internalMedicine.get(0).id(),
                SignalTier.PRIMARY);
        SignIn.as(world.studentA());

        signals.remove(student, Specialty.INTERNAL_MEDICINE, board.placed().get(0).id());

        assertThat(signals.board(student, Specialty.INTERNAL_MEDICINE).placed()).isEmpty();
        assertThat(db.fetchCount(PLACED_SIGNAL, PLACED_SIGNAL.STUDENT_ID.eq(world.studentB().personId()))).isEqualTo(1);
        assertThatThrownBy(() -> signals.remove(student, Specialty.INTERNAL_MEDICINE, board.placed().get(0).id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void her_advisor_records_them_for_her_a_mentor_reads_them_and_strangers_see_nothing() {
        long student = world.studentA().personId();
        SignIn.as(world.advisorA());
        signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(0).id(), SignalTier.SECONDARY);

        SignIn.as(world.mentorA());
        assertThat(signals.board(student, Specialty.INTERNAL_MEDICINE).placed()).hasSize(1);
        assertThat(signals.board(student, Specialty.INTERNAL_MEDICINE).canChange()).isFalse();
        assertThatThrownBy(() -> signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(1).id(),
                SignalTier.SECONDARY)).isInstanceOf(AccessDeniedException.class);

        for (var stranger : List.of(world.advisorB(), world.studentB())) {
            SignIn.as(stranger);
            assertThatThrownBy(() -> signals.board(student, Specialty.INTERNAL_MEDICINE))
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> signals.place(student, Specialty.INTERNAL_MEDICINE, internalMedicine.get(1).id(),
                    SignalTier.SECONDARY)).isInstanceOf(NotFoundException.class);
        }
    }

    @Test
    void a_run_counts_the_signals_placed_and_keeps_a_signaled_program_on_the_list() {
        long student = world.studentA().personId();
        SignIn.as(world.advisorA());
        RankedList before = lists.run(student, Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);
        // a program far down the catalog that the first run left out
        String outside = internalMedicine.stream().map(Program::id)
                .filter(id -> before.entries().stream().noneMatch(e -> e.programId().equals(id))).findFirst().orElseThrow();
        signals.place(student, Specialty.INTERNAL_MEDICINE, outside, SignalTier.PRIMARY);

        RankedList after = lists.run(student, Specialty.INTERNAL_MEDICINE, 20, RecordedInputs.NONE);

        ListEntry signaled = after.entries().stream().filter(e -> e.programId().equals(outside)).findFirst().orElseThrow();
        assertThat(signaled.signal()).isEqualTo(SignalTier.PRIMARY);
        assertThat(after.signalAdvice().get(0)).contains("placed so far: 1 gold");
    }
}
