package com.smartpick.advising.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.security.PersonService;
import com.smartpick.advising.security.Role;
import com.smartpick.advising.security.Viewer;
import com.smartpick.advising.support.AdvisingTest;
import java.util.Optional;
import java.util.UUID;
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
 * The demo's marker: two instances starting on one fresh database at once each create the demo admin first, in the
 * transaction that loads the whole demo. The second waits for the first to commit, then finds the account taken and
 * loads nothing. Committed for real (no test transaction): the race is between two transactions.
 */
@AdvisingTest
class DemoMarkerTest {

    @Autowired DSLContext db;
    @Autowired PersonService people;
    @Autowired TransactionTemplate transactions;

    @Test
    void the_second_of_two_instances_loading_at_once_waits_for_the_first_and_finds_the_demo_there() throws Exception {
        String username = "marker-" + UUID.randomUUID();
        CountDownLatch created = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        // a thread each: the common pool may have a single worker, which would run the two one after the other
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Optional<Viewer>> first = CompletableFuture.supplyAsync(() -> transactions.execute(tx -> {
                Optional<Viewer> account = create(username);
                created.countDown();
                await(commit);
                return account;
            }), instances);
            assertThat(created.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Optional<Viewer>> second = CompletableFuture.supplyAsync(
                    () -> transactions.execute(tx -> create(username)), instances);
            waitUntilAnInsertWaitsForALock();
            assertThat(second).isNotDone();
            commit.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS)).hasValueSatisfying(
                    account -> assertThat(account.roles()).containsExactly(Role.MENTOR));
            assertThat(second.get(30, TimeUnit.SECONDS)).isEmpty();
        }
        assertThat(people.bySubject(PersonService.DEMO_SUBJECT_PREFIX + username)).isPresent();
    }

    /** A mentor, not an admin: the login page lists the first two demo accounts of each role, and one admin is there. */
    private Optional<Viewer> create(String username) {
        return people.createDemoAccount(username, "Marker", username + "@demo.invalid", Role.MENTOR);
    }

    private void waitUntilAnInsertWaitsForALock() throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!db.fetchExists(DSL.selectOne().from("pg_stat_activity")
                .where("wait_event_type = 'Lock' and query ilike 'insert into %person%'"))) {
            assertThat(System.nanoTime()).as("the second instance's account never waited on the first")
                    .isLessThan(deadline);
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
