package com.smartpick.advising.season;

import static com.smartpick.advising.jooq.Tables.SEASON_DATE;
import static com.smartpick.advising.jooq.Tables.SEASON_TASK_CHECK;

import com.smartpick.advising.base.PerStudent;
import com.smartpick.advising.cohort.CurrentCohorts;
import com.smartpick.advising.cohort.Relationships;
import com.smartpick.advising.experience.ExperienceFigures;
import com.smartpick.advising.experience.ExperienceTotals;
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
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A task's due date and whether it is done, in SQL, correlated with the caller's student-id column or, for every
 * student at once, as a view ({@link #lateCounts}): the one place that says it, read alike by the student's page, the
 * job that announces and the readiness dashboard. Done is what the owners' data says ({@link ExperienceFigures},
 * {@link LetterFigures}, {@link SignalFigures}, {@link ListFigures}); only the two tasks the portal cannot see are the
 * student's own confirmation.
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
        return due(milestone, adjusted, cohort.matchSeason(), calendar);
    }

    /** The cohort's adjusted date of the milestone ({@code adjusted}, null for none), else the calendar's default. */
    private static Field<LocalDate> due(Milestone milestone, Field<LocalDate> adjusted, Field<String> matchSeason,
            SeasonCalendar calendar) {
        Field<LocalDate> byDefault = DSL.when(matchSeason
                .contains(DSL.inline(Integer.toString(calendar.matchYear()))), DSL.inline(calendar.of(milestone).starts()));
        return DSL.coalesce(adjusted, byDefault);
    }

    static Condition done(TaskKind kind, Field<Long> studentId, SeasonCalendar calendar) {
        return done(kind, Progress.of(studentId, calendar.matchYear()), calendar);
    }

    private static Condition done(TaskKind kind, Progress progress, SeasonCalendar calendar) {
        Field<Integer> minimum = DSL.inline(calendar.minimum(kind));
        return switch (kind) {
            case EXPERIENCES_VERIFIED -> progress.verified().ge(minimum);
            case LETTERS_APPROVED -> progress.approvedLetters().ge(minimum);
            case SIGNALS_PLACED -> progress.placedSignals().ge(minimum);
            case LIST_PUBLISHED -> progress.listPublished();
            case STATEMENT_FINAL -> progress.statementConfirmed();
            case RANK_LIST_CERTIFIED -> progress.rankListConfirmed();
        };
    }

    /**
     * How many tasks are past their date on {@code today} and not done ({@link Task#statusOn}'s LATE, in SQL): per
     * milestone, its date once (four tasks share submission's), then the tasks on it that are not done. Correlated
     * with the caller's student-id column: for a page of students ({@link #lateCounts} for all of them at once).
     */
    static Field<Integer> lateCount(Field<Long> studentId, CurrentCohort cohort, SeasonCalendar calendar, LocalDate today) {
        Progress progress = Progress.of(studentId, calendar.matchYear());
        return lateCount(milestone -> due(milestone, cohort, calendar), kind -> done(kind, progress, calendar), today);
    }

    /**
     * {@link #lateCount} of every student with a current cohort, as a view (student id, count): the same count over
     * the same dates and done checks, with each source joined once (the cohort's adjusted dates, the owners' figures
     * as {@link PerStudent} views, the confirmations) instead of looked up per student and task. The readiness
     * summary of 10,000 students reads it in one pass. A student without a current cohort has no row: no task of hers
     * has a date, so none is late.
     */
    static PerStudent<Integer> lateCounts(String alias, SeasonCalendar calendar, LocalDate today) {
        int matchYear = calendar.matchYear();
        CurrentCohorts cohort = CurrentCohorts.as(alias + "_cohort");
        ExperienceTotals experience = ExperienceTotals.as(alias + "_experience");
        PerStudent<Integer> letters = LetterFigures.approvedCounts(alias + "_letters");
        PerStudent<Integer> signals = SignalFigures.placedCounts(alias + "_signals", matchYear);
        PerStudent<Boolean> lists = ListFigures.published(alias + "_lists");
        SeasonTaskCheck statement = confirmations(alias, TaskKind.STATEMENT_FINAL);
        SeasonTaskCheck rankList = confirmations(alias, TaskKind.RANK_LIST_CERTIFIED);
        Progress progress = new Progress(experience.verifiedCount(), DSL.coalesce(letters.value(), DSL.inline(0)),
                DSL.coalesce(signals.value(), DSL.inline(0)), lists.studentId().isNotNull(),
                statement.STUDENT_ID.isNotNull(), rankList.STUDENT_ID.isNotNull());
        Map<Milestone, SeasonDate> dates = new EnumMap<>(Milestone.class);
        for (TaskKind kind : TaskKind.values()) {
            dates.computeIfAbsent(kind.milestone(),
                    m -> SEASON_DATE.as(alias + "_due_" + m.name().toLowerCase(Locale.ROOT)));
        }
        Field<Integer> late = lateCount(milestone -> due(milestone, dates.get(milestone).STARTS_ON, cohort.matchSeason(), calendar),
                kind -> done(kind, progress, calendar), today);

        Table<?> joined = cohort.table()
                .leftJoin(experience.table()).on(experience.studentId().eq(cohort.studentId()))
                .leftJoin(letters.table()).on(letters.studentId().eq(cohort.studentId()))
                .leftJoin(signals.table()).on(signals.studentId().eq(cohort.studentId()))
                .leftJoin(lists.table()).on(lists.studentId().eq(cohort.studentId()))
                // the primary keys (student, match year, task) and (cohort, milestone): a row each at most
                .leftJoin(statement).on(confirms(statement, TaskKind.STATEMENT_FINAL, cohort.studentId(), matchYear))
                .leftJoin(rankList).on(confirms(rankList, TaskKind.RANK_LIST_CERTIFIED, cohort.studentId(), matchYear));
        for (Map.Entry<Milestone, SeasonDate> e : dates.entrySet()) {
            SeasonDate d = e.getValue();
            joined = joined.leftJoin(d).on(d.COHORT_ID.eq(cohort.cohortId()))
                    .and(d.MILESTONE.eq(DSL.inline(e.getKey().name())));
        }
        return PerStudent.of(DSL.select(cohort.studentId().as("student_id"), late.as("late_tasks")).from(joined), alias);
    }

    private static Field<Integer> lateCount(Function<Milestone, Field<LocalDate>> due, Function<TaskKind, Condition> done,
            LocalDate today) {
        Map<Milestone, List<TaskKind>> byMilestone = Arrays.stream(TaskKind.values())
                .collect(Collectors.groupingBy(TaskKind::milestone, () -> new EnumMap<>(Milestone.class),
                        Collectors.toList()));
        return byMilestone.entrySet().stream()
                .map(e -> DSL.when(due.apply(e.getKey()).lt(DSL.inline(today)), e.getValue().stream()
                        .map(k -> DSL.when(done.apply(k), DSL.inline(0)).otherwise(DSL.inline(1)))
                        .reduce(DSL.inline(0), Field::plus)).otherwise(DSL.inline(0)))
                .reduce(DSL.inline(0), Field::plus);
    }

    private static SeasonTaskCheck confirmations(String alias, TaskKind kind) {
        return SEASON_TASK_CHECK.as(alias + "_" + kind.name().toLowerCase(Locale.ROOT));
    }

    /** The check row {@code c} is the student's confirmation of the task for the Match: both forms read this one. */
    private static Condition confirms(SeasonTaskCheck c, TaskKind kind, Field<Long> studentId, int matchYear) {
        return c.STUDENT_ID.eq(studentId).and(c.MATCH_YEAR.eq(DSL.inline(matchYear)))
                .and(c.TASK.eq(DSL.inline(kind.name())));
    }

    /**
     * What the done checks read of a student: the owners' figures ({@link ExperienceFigures}, {@link LetterFigures},
     * {@link SignalFigures}, {@link ListFigures}) and her own confirmations, correlated with her id ({@link #of}) or
     * columns of views joined once ({@link #lateCounts}). {@link #done} says once what each task needs of them.
     */
    private record Progress(Field<Integer> verified, Field<Integer> approvedLetters, Field<Integer> placedSignals,
            Condition listPublished, Condition statementConfirmed, Condition rankListConfirmed) {

        static Progress of(Field<Long> studentId, int matchYear) {
            return new Progress(ExperienceFigures.verifiedCount(studentId), LetterFigures.approvedCount(studentId),
                    SignalFigures.placedCount(studentId, matchYear), ListFigures.hasPublished(studentId),
                    confirmed(TaskKind.STATEMENT_FINAL, studentId, matchYear),
                    confirmed(TaskKind.RANK_LIST_CERTIFIED, studentId, matchYear));
        }
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
        return DSL.exists(DSL.selectOne().from(c).where(confirms(c, kind, studentId, matchYear)));
    }
}
