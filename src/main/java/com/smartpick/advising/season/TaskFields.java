package com.smartpick.advising.season;

import static com.smartpick.advising.jooq.Tables.SEASON_DATE;
import static com.smartpick.advising.jooq.Tables.SEASON_TASK_CHECK;

import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.experience.ExperienceFigures;
import com.smartpick.advising.jooq.tables.SeasonDate;
import com.smartpick.advising.jooq.tables.SeasonTaskCheck;
import com.smartpick.advising.letter.LetterFigures;
import com.smartpick.advising.smartpick.rankedlist.ListFigures;
import com.smartpick.advising.smartpick.signal.SignalFigures;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A task's due date and whether it is done, in SQL, correlated with the caller's student-id column: the one place
 * that says it, read alike by the student's page, the job that announces and the readiness dashboard. Done is what
 * the owners' data says ({@link ExperienceFigures}, {@link LetterFigures}, {@link SignalFigures},
 * {@link ListFigures}); only the two tasks the portal cannot see are the student's own confirmation.
 */
final class TaskFields {

    private TaskFields() {
    }

    /**
     * The date of the milestone in the student's current cohort: its adjusted date, else the default when the
     * cohort's season is the calendar's, else null (no current cohort, or a cohort of another season). The cohort is
     * given by the caller: looked up per student ({@link CurrentCohort#of}) or a column of a joined view.
     */
    static Field<LocalDate> due(Milestone milestone, CurrentCohort cohort, SeasonCalendar calendar) {
        SeasonDate d = SEASON_DATE.as("due_" + milestone.name().toLowerCase(Locale.ROOT));
        Field<LocalDate> adjusted = DSL.field(DSL.select(d.STARTS_ON).from(d)
                .where(d.COHORT_ID.eq(cohort.id()))
                .and(d.MILESTONE.eq(DSL.inline(milestone.name()))));
        Field<LocalDate> byDefault = DSL.when(cohort.matchSeason()
                .contains(DSL.inline(Integer.toString(calendar.matchYear()))), DSL.inline(calendar.of(milestone).starts()));
        return DSL.coalesce(adjusted, byDefault);
    }

    static Condition done(TaskKind kind, Field<Long> studentId, SeasonCalendar calendar) {
        Field<Integer> minimum = DSL.inline(calendar.minimum(kind));
        return switch (kind) {
            case EXPERIENCES_VERIFIED -> ExperienceFigures.verifiedCount(studentId).ge(minimum);
            case LETTERS_APPROVED -> LetterFigures.approvedCount(studentId).ge(minimum);
            case SIGNALS_PLACED -> SignalFigures.placedCount(studentId, calendar.matchYear()).ge(minimum);
            case LIST_PUBLISHED -> ListFigures.hasPublished(studentId);
            case STATEMENT_FINAL, RANK_LIST_CERTIFIED -> confirmed(kind, studentId, calendar.matchYear());
        };
    }

    /**
     * How many tasks are past their date on {@code today} and not done ({@link Task#statusOn}'s LATE, in SQL): per
     * milestone, its date once (four tasks share submission's), then the tasks on it that are not done. The
     * dashboard's summary computes this for every student.
     */
    static Field<Integer> lateCount(Field<Long> studentId, CurrentCohort cohort, SeasonCalendar calendar, LocalDate today) {
        Map<Milestone, List<TaskKind>> byMilestone = Arrays.stream(TaskKind.values())
                .collect(Collectors.groupingBy(TaskKind::milestone, () -> new EnumMap<>(Milestone.class),
                        Collectors.toList()));
        return byMilestone.entrySet().stream()
                .map(e -> DSL.when(due(e.getKey(), cohort, calendar).lt(DSL.inline(today)), e.getValue().stream()
                        .map(k -> DSL.when(done(k, studentId, calendar), DSL.inline(0)).otherwise(DSL.inline(1)))
                        .reduce(DSL.inline(0), Field::plus)).otherwise(DSL.inline(0)))
                .reduce(DSL.inline(0), Field::plus);
    }

    /** The student's current cohort and its match season, as fields of the caller's statement (null for none). */
    record CurrentCohort(Field<Long> id, Field<String> matchSeason) {

        /** Looked up for one student: a subquery each. */
        static CurrentCohort of(Field<Long> studentId) {
            return new CurrentCohort(Relationships.currentCohortOf(studentId), Relationships.currentSeasonOf(studentId));
        }
    }

    private static Condition confirmed(TaskKind kind, Field<Long> studentId, int matchYear) {
        SeasonTaskCheck c = SEASON_TASK_CHECK.as("confirmed_" + kind.name().toLowerCase(Locale.ROOT));
        return DSL.exists(DSL.selectOne().from(c).where(c.STUDENT_ID.eq(studentId))
                .and(c.MATCH_YEAR.eq(DSL.inline(matchYear))).and(c.TASK.eq(DSL.inline(kind.name()))));
    }
}
