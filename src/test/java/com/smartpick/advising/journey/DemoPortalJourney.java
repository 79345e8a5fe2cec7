package com.smartpick.advising.journey;

import static com.smartpick.advising.jooq.Tables.SIGN_IN_THROTTLE;

import com.smartpick.advising.standalone.StandaloneApplication;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser journey on the standalone portal with its demo data, on a port of its own. Every journey signs in from this
 * machine's address, so a sign-in pause that one of them causes (wrong passwords on purpose) must not outlive it.
 */
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "advising.embedded-db.data-dir=")
abstract class DemoPortalJourney {

    @LocalServerPort int port;
    @Autowired DSLContext db;

    @AfterEach
    void forgetFailedSignIns() {
        db.deleteFrom(SIGN_IN_THROTTLE).execute();
    }
}
