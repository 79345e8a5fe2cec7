package com.smartpick.advising.standalone.demo;

import com.smartpick.advising.security.AdvisingPrincipal;
import com.smartpick.advising.security.Viewer;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who does the demo's next step, and when. The demo's records are made by the features' own services, which learn
 * who is asking from Spring Security's context and the time from the clock: so each step signs its person in on this
 * thread, as a sign-in would, and turns the demo clock back to the day they act. The services then apply their rules
 * and write the audit trail exactly as for that person.
 */
@Component
@ConditionalOnProperty(name = "advising.demo.enabled", havingValue = "true")
class DemoScene {

    private final DemoClock clock;

    DemoScene(DemoClock clock) {
        this.clock = clock;
    }

    void as(Viewer person) {
        as(person, 0);
    }

    void as(Viewer person, int daysAgo) {
        AdvisingPrincipal principal = () -> person;
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, person.authorities()));
        clock.turnBack(daysAgo);
    }

    /** Nobody signed in, and the real time, on this thread again. */
    void end() {
        SecurityContextHolder.clearContext();
        clock.catchUp();
    }

    /** The real date, whatever the scene's clock says: the demo's records are dated from it. */
    LocalDate today() {
        return LocalDate.now(clock.getZone());
    }
}
