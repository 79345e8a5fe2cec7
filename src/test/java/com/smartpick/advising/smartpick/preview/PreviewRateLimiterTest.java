package com.smartpick.advising.smartpick.preview;

import static com.smartpick.advising.jooq.Tables.PREVIEW_ALLOWANCE;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.AtOnce;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rate limit on the real database, timed by its clock: a test lets time pass by moving the client's last preview
 * back. A second limiter on the same database stands for a second instance of the portal. Each test is a client of
 * its own.
 */
@AdvisingTest
class PreviewRateLimiterTest {

    @Autowired PreviewRateLimiter limiter;
    @Autowired DSLContext db;

    private final String client = "test-" + UUID.randomUUID();

    @Test
    void a_client_gets_a_burst_then_waits_for_the_next_token() {
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            assertThat(limiter.acquire(client)).isZero();
        }
        assertThat(limiter.acquire(client)).isEqualTo(PreviewRateLimiter.REFILL_SECONDS);
        secondsPass(PreviewRateLimiter.REFILL_SECONDS);
        assertThat(limiter.acquire(client)).isZero();
        assertThat(limiter.acquire(client)).isPositive();
    }

    @Test
    void one_client_s_limit_is_not_another_s() {
        for (int i = 0; i <= PreviewRateLimiter.CAPACITY; i++) {
            limiter.acquire(client);
        }
        assertThat(limiter.acquire("test-" + UUID.randomUUID())).isZero();
    }

    @Test
    void refilled_tokens_never_exceed_the_burst() {
        limiter.acquire(client);
        secondsPass(3600);
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            assertThat(limiter.acquire(client)).isZero();
        }
        assertThat(limiter.acquire(client)).isPositive();
    }

    @Test
    void two_instances_draw_on_one_budget_even_at_the_same_moment() {
        PreviewRateLimiter otherInstance = new PreviewRateLimiter(db);
        PreviewRateLimiter[] instances = {limiter, otherInstance};

        int granted = AtOnce.run(2, () -> (int) IntStream.range(0, PreviewRateLimiter.CAPACITY)
                .filter(i -> instances[i % 2].acquire(client) == 0).count()).stream().mapToInt(Integer::intValue).sum();

        assertThat(granted).isEqualTo(PreviewRateLimiter.CAPACITY);
        assertThat(otherInstance.acquire(client)).isPositive();
        assertThat(limiter.acquire(client)).isPositive();
    }

    @Test
    void a_bucket_full_again_is_forgotten_by_the_next_preview_of_anyone() {
        limiter.acquire(client);
        secondsPass(PreviewRateLimiter.FULL_AFTER_SECONDS - 1);
        limiter.acquire("test-" + UUID.randomUUID());
        assertThat(db.fetchExists(PREVIEW_ALLOWANCE, PREVIEW_ALLOWANCE.CLIENT.eq(client))).as("a minute has not passed").isTrue();

        secondsPass(2);
        limiter.acquire("test-" + UUID.randomUUID());
        assertThat(db.fetchExists(PREVIEW_ALLOWANCE, PREVIEW_ALLOWANCE.CLIENT.eq(client))).isFalse();
    }

    /** As if the client's last preview had been that long ago. */
    private void secondsPass(int seconds) {
        db.update(PREVIEW_ALLOWANCE)
                .set(PREVIEW_ALLOWANCE.REFRESHED_AT, DSL.field("{0} - make_interval(secs => {1})",
                        PREVIEW_ALLOWANCE.REFRESHED_AT.getDataType(), PREVIEW_ALLOWANCE.REFRESHED_AT, DSL.inline(seconds)))
                .where(PREVIEW_ALLOWANCE.CLIENT.eq(client)).execute();
    }
}
