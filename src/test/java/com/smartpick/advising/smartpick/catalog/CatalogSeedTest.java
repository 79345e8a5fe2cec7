package com.smartpick.advising.smartpick.catalog;

import static com.smartpick.advising.jooq.Tables.PROGRAM;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.AdvisingTest;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed at every start of an instance: once the catalog has programs it does not wait for the table lock, which an
 * admin's import on another instance would hold until it commits (and which, in the tests, a rolled-back case of a
 * class running beside the others held while that class waited for the context being started: neither moved again).
 */
@AdvisingTest
class CatalogSeedTest {

    @Autowired CatalogSeed seed;
    @Autowired DataSource dataSource;

    @Test
    void a_catalog_with_programs_is_left_alone_without_waiting_for_a_transaction_writing_to_it() throws Exception {
        seed.seedIfEmpty(CatalogFixtures.programs(3), "an earlier start");

        ExecutorService anotherStart = Executors.newSingleThreadExecutor();
        try (Connection importing = dataSource.getConnection()) {
            importing.setAutoCommit(false);
            DSLContext otherInstance = DSL.using(importing);
            assertThat(otherInstance.update(PROGRAM).set(PROGRAM.ACTIVE, PROGRAM.ACTIVE)
                    .where(PROGRAM.ID.eq(otherInstance.select(DSL.min(PROGRAM.ID)).from(PROGRAM))).execute())
                    .isOne();
            try {
                Future<Integer> added = anotherStart.submit(() -> seed.seedIfEmpty(List.of(), "a later start"));
                assertThat(added.get(20, TimeUnit.SECONDS)).as("programs added by the later start").isZero();
            } finally {
                importing.rollback();
            }
        } finally {
            anotherStart.shutdownNow();
        }
    }
}
