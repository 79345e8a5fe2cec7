package com.smartpick.advising.cohort;

import static com.smartpick.advising.jooq.Tables.ENROLLMENT;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.SignIn;
import com.smartpick.advising.support.TestData;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two advisors enroll the same student at the same moment, each checking first that she has no current enrollment
 * and finding none: exactly one wins, the other is told so in plain words. Committed for real (no test
 * transaction): the race is between two transactions.
 */
@AdvisingTest
class EnrollmentRaceTest {

    @Autowired DSLContext db;
    @Autowired CohortService cohorts;
    @Autowired TransactionTemplate transactions;

    @Test
    void two_advisors_enrolling_one_student_at_once_one_wins_and_the_other_is_refused() throws Exception {
        TestData data = new TestData(db);
        Viewer first = data.person("First advisor", Role.ADVISOR);
        Viewer second = data.person("Second advisor", Role.ADVISOR);
        long firstCohort = data.cohort("First", first);
        long secondCohort = data.cohort("Second", second);
        Viewer student = data.person("Wanted student", Role.STUDENT);

        // a thread each: the common pool may have a single worker, which would run the two one after the other
        try (ExecutorService advisors = Executors.newFixedThreadPool(2)) {
            race(first, firstCohort, second, secondCohort, student, advisors);
        }
        assertThat(db.select(ENROLLMENT.COHORT_ID).from(ENROLLMENT).where(ENROLLMENT.STUDENT_ID.eq(student.personId()))
                .fetch(ENROLLMENT.COHORT_ID)).containsExactly(firstCohort);
    }

    private void race(Viewer first, long firstCohort, Viewer second, long secondCohort, Viewer student,
            ExecutorService advisors) throws Exception {
        CountDownLatch enrolled = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Boolean> winner = CompletableFuture.supplyAsync(() -> {
            SignIn.as(first);
            try {
                return transactions.execute(tx -> {
                    boolean done = cohorts.enroll(firstCohort, student.personId());
                    enrolled.countDown();
                    await(commit);
                    return done;
                });
            } finally {
                SignIn.out();
            }
        }, advisors);
        assertThat(enrolled.await(30, TimeUnit.SECONDS)).isTrue();
        // the second advisor's check sees no current enrollment (the first is not committed): only the index can stop it
        CompletableFuture<Boolean> loser = CompletableFuture.supplyAsync(() -> {
            SignIn.as(second);
            try {
                return cohorts.enroll(secondCohort, student.personId());
            } finally {
                SignIn.out();
            }
        }, advisors);
        waitUntilAnInsertWaitsForALock();
        commit.countDown();

        assertThat(winner.get(30, TimeUnit.SECONDS)).isTrue();
        assertThat(loser).failsWithin(Duration.ofSeconds(30)).withThrowableThat().havingRootCause()
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors().get("student"))
                        .isEqualTo(student.displayName() + " was enrolled in another cohort just now, by someone else. "
                                + "Their advisor can withdraw them, or an admin can move them."));
    }

    private void waitUntilAnInsertWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!db.fetchExists(DSL.selectOne().from("pg_stat_activity")
                .where("wait_event_type = 'Lock' and query ilike 'insert into %enrollment%'"))) {
            assertThat(System.nanoTime()).as("the second enrollment never waited on the first").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
