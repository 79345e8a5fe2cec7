package com.smartpick.advising.support;

import com.smartpick.advising.standalone.StandaloneApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The standalone application on the real parts: embedded PostgreSQL (one throwaway server per test JVM, shared by
 * every cached context), the real Flyway migrations, real jOOQ. No web server. No background mail sender either: the
 * contexts share one database, so a sender of one would send what a test of another queued; tests send themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = StandaloneApplication.class, properties = {"advising.embedded-db.data-dir=",
        "advising.mail.sending=false"})
public @interface AdvisingTest {

    /**
     * A JUnit resource lock between a class that counts every audit event and one whose refusals write events in
     * transactions of their own (committed at once), for when they would otherwise run side by side (see the
     * Surefire settings in pom.xml).
     */
    String AUDIT_TRAIL_COUNT = "the audit trail, counted whole";
}
