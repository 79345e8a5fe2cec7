package com.smartpick.advising.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pauses password guessing on the demo sign-in form, per account and per client address (see {@link ThrottleRule}).
 *
 * <p>An account gets {@value #ACCOUNT_FREE_FAILURES} wrong passwords, after which a right one resets it. An address
 * gets {@value #CLIENT_FREE_FAILURES} failures across all accounts, and a success does not reset those: otherwise
 * someone with an account of their own could guess at others' passwords and sign into their own between guesses to
 * start afresh. A success only takes back the one attempt it was counted as.
 *
 * <p>The counts live in PostgreSQL, shared by every instance of the portal and counted under row locks.
 */
@Service
class SignInThrottle {

    static final int ACCOUNT_FREE_FAILURES = 5;
    static final int CLIENT_FREE_FAILURES = 30;
    static final ThrottleRule PER_ACCOUNT = new ThrottleRule(ACCOUNT_FREE_FAILURES);
    static final ThrottleRule PER_CLIENT = new ThrottleRule(CLIENT_FREE_FAILURES);
    private static final String ACCOUNT = "account";
    private static final String CLIENT = "client";

    /**
     * One sign-in attempt, counted as a failure until its password proves right.
     *
     * @param pausedFor    how long the account or the address must still wait; zero when the attempt may go ahead
     * @param accountCount the account's count with this attempt (when it went ahead)
     * @param clientCount  the address's count with this attempt (when it went ahead)
     */
    record Attempt(String username, String client, Duration pausedFor, ThrottleRule.@Nullable Count accountCount,
            ThrottleRule.@Nullable Count clientCount) {

        boolean paused() {
            return !pausedFor.isZero();
        }
    }

    private final SignInThrottleRepository counts;
    private final ObjectProvider<PasswordAccounts> accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SignInThrottle(SignInThrottleRepository counts, ObjectProvider<PasswordAccounts> accounts,
            ApplicationEventPublisher events, Clock clock) {
        this.counts = counts;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /** Counts an attempt before its password is checked, or says how long it must wait without counting it. */
    @Transactional
    Attempt begin(String username, String client) {
        Instant now = clock.instant();
        counts.forgetFailuresBefore(now.minus(ThrottleRule.FORGET_AFTER));
        String accountKey = accountKey(username);
        String clientKey = clientKey(client);
        ThrottleRule.Count account = PER_ACCOUNT.current(counts.lock(ACCOUNT, accountKey, now), now);
        ThrottleRule.Count address = PER_CLIENT.current(counts.lock(CLIENT, clientKey, now), now);
        Duration wait = max(account.pausedFor(now), address.pausedFor(now));
        if (!wait.isZero()) {
            return new Attempt(username, client, wait, null, null);
        }
        ThrottleRule.Count accountAfter = PER_ACCOUNT.withFailure(account, now);
        ThrottleRule.Count addressAfter = PER_CLIENT.withFailure(address, now);
        counts.save(ACCOUNT, accountKey, accountAfter);
        counts.save(CLIENT, clientKey, addressAfter);
        return new Attempt(username, client, Duration.ZERO, accountAfter, addressAfter);
    }

    /** The password was wrong: the attempt stays counted, and a pause it started goes into the audit trail. */
    @Transactional
    void failed(Attempt attempt) {
        if (attempt.accountCount() != null && attempt.accountCount().pauses()) {
            // the trail names the person, never a typed username (people type their password into that field too)
            PasswordAccounts known = accounts.getIfAvailable();
            Long personId = known == null ? null
                    : known.person(attempt.username()).map(Viewer::personId).orElse(null);
            events.publishEvent(new SignInPaused(attempt.client(), true, personId, attempt.accountCount().failures(),
                    PER_ACCOUNT.pause(attempt.accountCount().failures())));
        }
        if (attempt.clientCount() != null && attempt.clientCount().pauses()) {
            events.publishEvent(new SignInPaused(attempt.client(), false, null, attempt.clientCount().failures(),
                    PER_CLIENT.pause(attempt.clientCount().failures())));
        }
    }

    /** The password was right: the account starts afresh, the address gets back the one attempt. */
    @Transactional
    void succeeded(Attempt attempt) {
        counts.forget(ACCOUNT, accountKey(attempt.username()));
        ThrottleRule.Count address = attempt.clientCount();
        counts.giveBack(CLIENT, clientKey(attempt.client()), address == null ? null : address.pausedUntil());
    }

    /** A digest, not the username: people type their password into that field too, and rows outlive the attempt. */
    static String accountKey(String username) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(username.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The address, or for IPv6 its /64 network: one subscriber usually holds a whole /64 and could walk through its
     * addresses to start afresh at each one.
     */
    static String clientKey(String address) {
        if (address.contains(":")) {
            try {
                // a literal with a colon is parsed, never looked up in DNS
                byte[] bytes = InetAddress.getByName(address).getAddress();
                if (bytes.length == 16) {
                    Arrays.fill(bytes, 8, 16, (byte) 0);
                    return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
                }
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                // kept as given below
            }
        }
        return address.length() <= 64 ? address : address.substring(0, 64);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
