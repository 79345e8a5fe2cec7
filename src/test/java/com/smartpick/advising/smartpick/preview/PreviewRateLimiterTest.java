package com.smartpick.advising.smartpick.preview;

import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.HandClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PreviewRateLimiterTest {

    private final HandClock clock = new HandClock();
    private final PreviewRateLimiter limiter = new PreviewRateLimiter(clock);

    @Test
    void a_client_gets_a_burst_then_waits_for_the_next_token() {
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            assertThat(limiter.acquire("203.0.113.7")).isZero();
        }
        assertThat(limiter.acquire("203.0.113.7")).isEqualTo(PreviewRateLimiter.REFILL_SECONDS);
        clock.advance(Duration.ofSeconds(PreviewRateLimiter.REFILL_SECONDS));
        assertThat(limiter.acquire("203.0.113.7")).isZero();
        assertThat(limiter.acquire("203.0.113.7")).isPositive();
    }

    @Test
    void one_client_s_limit_is_not_another_s() {
        for (int i = 0; i <= PreviewRateLimiter.CAPACITY; i++) {
            limiter.acquire("203.0.113.7");
        }
        assertThat(limiter.acquire("198.51.100.2")).isZero();
    }

    @Test
    void refilled_tokens_never_exceed_the_burst() {
        limiter.acquire("203.0.113.7");
        clock.advance(Duration.ofHours(1));
        for (int i = 0; i < PreviewRateLimiter.CAPACITY; i++) {
            assertThat(limiter.acquire("203.0.113.7")).isZero();
        }
        assertThat(limiter.acquire("203.0.113.7")).isPositive();
    }

    @Test
    void the_memory_of_clients_is_bounded() {
        for (int i = 0; i < PreviewRateLimiter.MAX_CLIENTS + 50; i++) {
            limiter.acquire("client-" + i);
        }
        assertThat(limiter.clientsRemembered()).isEqualTo(PreviewRateLimiter.MAX_CLIENTS);
    }
}
