package com.smartpick.advising.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Failed sign-ins have paused an account's sign-ins, or a client address's. Published in the throttle's transaction,
 * for the audit trail (which depends on this package, so this package does not call it).
 *
 * @param client    the address the failed attempt came from
 * @param account   whether the account was paused (else the address)
 * @param personId  the paused account's person, if the username is one
 * @param failures  the failures that led to the pause
 * @param pause     how long sign-ins wait
 */
public record SignInPaused(String client, boolean account, @Nullable Long personId, int failures, Duration pause) {
}
