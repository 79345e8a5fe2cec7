package com.smartpick.advising.smartpick.rankedlist.bench;

import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.BUDGET;
import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.CYCLES;
import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.RUNS;
import static com.smartpick.advising.smartpick.rankedlist.bench.RankedListBenchmark.WARM_UP;

import com.smartpick.advising.smartpick.rankedlist.AnnotationKind;
import com.smartpick.advising.smartpick.rankedlist.ListEntry;
import com.smartpick.advising.smartpick.rankedlist.RankedList;
import com.smartpick.advising.smartpick.rankedlist.RankedListService;
import com.smartpick.advising.smartpick.rankedlist.RunSetup;
import com.smartpick.advising.support.SignIn;

/** Each list action as the service answers it, signed in as the demo advisor (the reads also as the student). */
final class ServiceTimings {

    private ServiceTimings() {
    }

    static void run(Timings timings, RankedListService lists, RankedListBenchmark.People people,
            RankedListBenchmark.Seeded seeded) {
        SignIn.as(people.advisor());
        long id = seeded.draft().id();
        RankedList list = seeded.draft();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            boolean keep = i >= WARM_UP;
            ListEntry entry = list.entries().get(20 + i);
            int version = list.version();
            list = timings.time("pin", keep, () -> lists.pin(id, version, entry.id(), true));
            RankedList pinned = list;
            list = timings.time("unpin", keep, () -> lists.pin(id, pinned.version(), entry.id(), false));
            RankedList unpinned = list;
            list = timings.time("exclude", keep, () -> lists.exclude(id, unpinned.version(), entry.id(), "Bench: too far."));
            RankedList excluded = list;
            list = timings.time("include", keep, () -> lists.include(id, excluded.version(), entry.id()));
            RankedList included = list;
            ListEntry sixtieth = list.entries().get(59);
            list = timings.time("move (one place down)", keep, () -> lists.move(id, included.version(), sixtieth.id(), 61));
            timings.time("annotate", keep, () -> lists.annotate(id, entry.id(), AnnotationKind.NOTE, "Bench: check the visa."));
            timings.time("read a version (staff)", keep, () -> lists.list(id));
            timings.time("changes since the previous version", keep, () -> lists.changesSincePrevious(id));
        }
        workflow(lists, people, timings);
        SignIn.as(people.student());
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            timings.time("read the published version (student)", i >= WARM_UP, lists::myPublishedList);
        }
        SignIn.out();
    }

    /** Save a version, submit, back to draft, submit, approve, publish: one cycle of the second student's lists. */
    private static void workflow(RankedListService lists, RankedListBenchmark.People people, Timings timings) {
        long student = people.workflowStudent();
        RunSetup setup = lists.setup(student);
        for (int i = 0; i < 2 + CYCLES; i++) {
            boolean keep = i >= 2;
            RankedList list = timings.time("run (save a version of " + BUDGET + ")", keep,
                    () -> lists.run(student, setup.defaultSpecialty(), BUDGET, setup.inputs()));
            long id = list.id();
            RankedList made = list;
            list = timings.time("submit for review", keep, () -> lists.submitForReview(id, made.version()));
            RankedList submitted = list;
            list = timings.time("return to draft", keep, () -> lists.returnToDraft(id, submitted.version()));
            RankedList returned = list;
            list = timings.time("submit for review", keep, () -> lists.submitForReview(id, returned.version()));
            RankedList inReview = list;
            list = timings.time("approve", keep, () -> lists.approve(id, inReview.version()));
            RankedList approved = list;
            timings.time("publish", keep, () -> lists.publish(id, approved.version()));
        }
    }
}
