package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey on the standalone portal with its demo data, on a port of its own. Every journey signs in from this
 * machine's address, so a sign-in pause that one of them causes (wrong passwords on purpose) must not outlive it.
 *
 * <p>The integration tests run their classes in parallel (see the failsafe configuration in the pom). The journeys
 * change the demo data they share (a record verified, a list published, a sign-in paused), so they take the
 * {@value #DEMO_DATA} lock and run one at a time, beside the tests that have data of their own (Keycloak's,
 * the two-instance test's). A test that only reads takes it for reading on its own ({@link EveryViewIT}).
 */
@ResourceLock(DemoPortalJourney.DEMO_DATA)
@OnDemoPortal
abstract class DemoPortalJourney {

    static final String DEMO_DATA = "demo-data";

    @LocalServerPort int port;
    @Autowired DSLContext db;

    @AfterEach
    void forgetFailedSignIns() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
    }
}
