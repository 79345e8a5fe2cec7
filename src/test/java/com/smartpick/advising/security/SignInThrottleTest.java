package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.AUDIT_EVENT;
import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;
import static org.assertj.core.api.Assertions.assertThat;

import com.smartpick.advising.support.AdvisingTest;
import com.smartpick.advising.support.HandClock;
import com.smartpick.advising.support.TestData;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The throttle's rules on the real table, with a clock moved by hand. */
@AdvisingTest
class SignInThrottleTest {

    @Autowired SignInThrottleRepository counts;
    @Autowired PersonService people;
    @Autowired ObjectProvider<PasswordAccounts> passwordAccounts;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transaction;
    @Autowired DSLContext db;
    @Autowired SignInThrottle throttleOnTheRealClock;

    private final HandClock clock = new HandClock();
    private SignInThrottle throttle;

    @BeforeEach
    void throttleOnAHandClock() {
        throttle = new SignInThrottle(counts, passwordAccounts, events, clock);
    }

    @AfterEach
    void forgetFailedSignIns() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
    }

    @Test
    void five_wrong_passwords_pause_the_account_for_30_seconds_and_each_further_one_doubles_the_pause() {
        String account = TestData.unique("guessed");
        for (int i = 0; i < 5; i++) {
            fail(account, "198.51.100.1");
        }

        assertThat(begin(account, "198.51.100.2").pausedFor()).isEqualTo(Duration.ofSeconds(30));
        clock.advance(Duration.ofSeconds(30));
        fail(account, "198.51.100.1");
        assertThat(begin(account, "198.51.100.1").pausedFor()).isEqualTo(Duration.ofSeconds(60));
        clock.advance(Duration.ofSeconds(60));
        fail(account, "198.51.100.1");
        assertThat(begin(account, "198.51.100.1").pausedFor()).isEqualTo(Duration.ofMinutes(2));
        assertThat(SignInThrottle.PER_ACCOUNT.pause(30)).as("never longer than").isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void attempts_refused_during_a_pause_do_not_lengthen_it_and_failures_are_forgotten_an_hour_after_the_last() {
        String account = TestData.unique("guessed");
        for (int i = 0; i < 5; i++) {
            fail(account, "198.51.100.3");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(begin(account, "198.51.100.3").paused()).isTrue();
        }
        clock.advance(Duration.ofSeconds(30));
        assertThat(begin(account, "198.51.100.3").paused()).as("the pause ended on time").isFalse();
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        for (int i = 0; i < 4; i++) {
            assertThat(begin(account, "198.51.100.3").paused()).as("counting from zero again").isFalse();
        }
    }

    @Test
    void the_right_password_resets_the_account_but_gives_the_address_back_only_the_attempt_it_was() {
        String client = "198.51.100.4";
        String account = TestData.unique("own");
        for (int i = 0; i < 4; i++) {
            fail(account, client);
        }
        succeed(account, client);
        for (int i = 0; i < 4; i++) {
            fail(account, client);
        }
        assertThat(begin(account, client).paused()).as("four failures after the success: the account started afresh")
                .isFalse();

        for (int i = 0; i < 20; i++) {
            fail(TestData.unique("other"), client);
        }
        succeed(TestData.unique("mine"), client);
        fail(TestData.unique("other"), client);
        assertThat(begin(TestData.unique("other"), client).pausedFor())
                .as("30 failures from the address, the success in between notwithstanding")
                .isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void a_pause_is_audited_once_naming_the_account_and_the_address_never_the_typed_username() {
        for (int i = 0; i < 5; i++) {
            fail("mentor2", "198.51.100.5");
        }
        for (int i = 0; i < 10; i++) {
            begin("mentor2", "198.51.100.5");
        }
        String typed = TestData.unique("my-password-typed-as-a-username");
        for (int i = 0; i < 5; i++) {
            fail(typed, "198.51.100.5");
        }

        var pauses = db.selectFrom(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("signin.pause"))
                .and(AUDIT_EVENT.ACTOR_NAME.eq("visitor at 198.51.100.5")).orderBy(AUDIT_EVENT.ID).fetch();
        assertThat(pauses).hasSize(2);
        assertThat(pauses.get(0).getSubjectId()).isEqualTo(people.bySubject("demo:mentor2").orElseThrow().personId());
        assertThat(pauses.get(0).getDetail()).isEqualTo(
                "5 wrong passwords in a row for this account; its sign-ins pause for 30 s");
        assertThat(pauses.get(1).getSubjectType()).isEqualTo("account");
        assertThat(pauses.get(1).getSubjectId()).isNull();
        assertThat(pauses).allSatisfy(event -> assertThat(event.toString()).doesNotContain(typed));
        assertThat(db.fetch(SIGN_IN_THROTTLE).toString()).doesNotContain(typed);
    }

    @Test
    void attempts_sent_in_parallel_cannot_slip_past_the_limit_together() throws Exception {
        String account = TestData.unique("raced");
        ExecutorService threads = Executors.newFixedThreadPool(12);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                attempts.add(() -> !throttleOnTheRealClock.begin(account, "198.51.100.6").paused());
            }
            long admitted = 0;
            for (Future<Boolean> attempt : threads.invokeAll(attempts)) {
                admitted += attempt.get() ? 1 : 0;
            }

            assertThat(admitted).isEqualTo(SignInThrottle.ACCOUNT_FREE_FAILURES);
        } finally {
            threads.shutdown();
        }
    }

    @Test
    void rows_are_purged_an_hour_after_their_last_failure() {
        for (int i = 0; i < 50; i++) {
            fail(TestData.unique("sprayed"), "198.51.101." + i);
        }
        clock.advance(Duration.ofHours(1).plusSeconds(1));

        begin("someone", "198.51.100.8");

        assertThat(db.fetchCount(SIGN_IN_THROTTLE)).as("only the last attempt's account and address").isEqualTo(2);
    }

    @Test
    void an_ipv6_client_is_its_64_bit_network_and_an_ipv4_client_its_address() {
        assertThat(SignInThrottle.clientKey("2001:db8:1:2:3:4:5:6")).isEqualTo("2001:db8:1:2:0:0:0:0/64")
                .isEqualTo(SignInThrottle.clientKey("2001:db8:1:2:ffff:ffff:ffff:ffff"));
        assertThat(SignInThrottle.clientKey("203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SignInThrottle.clientKey("::ffff:203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(SignInThrottle.clientKey("x".repeat(100))).hasSize(64);
    }

    private SignInThrottle.Attempt begin(String username, String client) {
        return transaction.execute(t -> throttle.begin(username, client));
    }

    private void fail(String username, String client) {
        SignInThrottle.Attempt attempt = begin(username, client);
        assertThat(attempt.paused()).as("%s from %s should have been let through", username, client).isFalse();
        transaction.executeWithoutResult(t -> throttle.failed(attempt));
    }

    private void succeed(String username, String client) {
        SignInThrottle.Attempt attempt = begin(username, client);
        assertThat(attempt.paused()).isFalse();
        transaction.executeWithoutResult(t -> throttle.succeeded(attempt));
    }
}
