package com.smartpick.advising.smartpick.rankedlist;

import com.smartpick.advising.base.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * SmartPick for a whole cohort: one run per student, each in its own transaction through
 * {@link RankedListService#run}, so a student whose profile is incomplete is skipped (with the reason) without
 * undoing the others, and progress can be reported after each.
 */
@Service
public class CohortBatch {

    /** Told after each student; called on the batch's own thread. */
    public interface Progress {
        void studentDone(int done, int total, String studentName);
    }

    /** A student the batch made no list for, and why. */
    public record Skipped(String studentName, String reason) {
    }

    public record Outcome(int made, List<Skipped> skipped) {

        public Outcome {
            skipped = List.copyOf(skipped);
        }
    }

    private final RankedListService lists;

    CohortBatch(RankedListService lists) {
        this.lists = lists;
    }

    /** Runs on the caller's thread with the caller's sign-in; a view starts it on a thread of its own. */
    public Outcome run(long cohortId, int budget, Progress progress) {
        RankedListService.checkBudget(budget);
        List<CohortStudentList> students = lists.cohortLists(cohortId);
        int made = 0;
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < students.size(); i++) {
            CohortStudentList student = students.get(i);
            try {
                RunSetup setup = lists.setup(student.studentId());
                lists.run(student.studentId(), setup.defaultSpecialty(), budget, setup.inputs());
                made++;
            } catch (InvalidInputException e) {
                skipped.add(new Skipped(student.displayName(), e.getMessage()));
            }
            progress.studentDone(i + 1, students.size(), student.displayName());
        }
        lists.recordBatch(cohortId, made, skipped.size());
        return new Outcome(made, skipped);
    }
}
