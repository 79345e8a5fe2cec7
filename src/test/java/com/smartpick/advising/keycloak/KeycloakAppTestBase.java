package com.smartpick.advising.keycloak;

import com.smartpick.advising.standalone.StandaloneApplication;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The standalone portal on a random port, signing in through the real Keycloak of {@link KeycloakServer}. Demo
 * data is on so cohorts and students exist; its people have subjects {@code demo:*}, the Keycloak users get person
 * rows of their own at first sign-in. Every subclass shares one Spring context (same configuration) and one
 * Keycloak (one per JVM).
 */
// the Keycloak tests share its users and their sessions, so they run one at a time (beside the other integration tests)
@ResourceLock("keycloak")
// KeycloakServer must come first: it starts Keycloak before SpringExtension builds the context that reads its issuer
@ExtendWith(KeycloakServer.class)
@SpringBootTest(classes = StandaloneApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "advising.embedded-db.data-dir=", // a throwaway database, never the standalone default's folder
                "advising.demo.enabled=true",
                "vaadin.launch-browser=false"})
abstract class KeycloakAppTestBase {

    /** The test realm's users; the password is the user name + "-pass" (test-only credentials). */
    enum User {
        ADVISOR("advisor", "Avery Advisor"),
        MENTOR("mentor", "Morgan Mentor"),
        STUDENT("student", "Samira Student"),
        ADMIN("admin", "Alex Admin");

        final String username;
        final String displayName;

        User(String username, String displayName) {
            this.username = username;
            this.displayName = displayName;
        }

        String password() {
            return username + "-pass";
        }

        String email() {
            return username + "@smartpick.test";
        }
    }

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry registry) {
        registry.add("advising.keycloak.issuer-uri", KeycloakServer::issuerUri);
    }

    Browser browser() {
        // localhost, not 127.0.0.1: the portal and Keycloak then live on different hosts and never share cookies
        return Browser.open("http://localhost:" + port);
    }

    Browser signedIn(User user) {
        Browser browser = browser();
        try {
            browser.signIn(user.username, user.password());
            return browser;
        } catch (RuntimeException | Error e) {
            browser.screenshot("failed-sign-in-" + user.username);
            browser.close();
            throw e;
        }
    }
}
