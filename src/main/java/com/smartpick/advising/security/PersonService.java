package com.smartpick.advising.security;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.UserText;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: created or refreshed at sign-in, and the small directory of mentors staff assign. */
@Service
public class PersonService {

    static final String DEMO_SUBJECT_PREFIX = "demo:";
    /**
     * The subject of a person imported from a roster before they ever signed in: this prefix and their lower-cased
     * e-mail. Their first sign-in with that e-mail, verified by the identity provider, claims the row.
     */
    public static final String IMPORTED_SUBJECT_PREFIX = "import:";
    private static final int DIRECTORY_LIMIT = 50;

    private final PersonRepository people;
    private final CurrentUser currentUser;
    private final Clock clock;

    PersonService(PersonRepository people, CurrentUser currentUser, Clock clock) {
        this.people = people;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    public Viewer signIn(Identity identity) {
        if (identity.subject().isBlank()) {
            throw new InvalidInputException("subject", "The identity provider sent no subject.");
        }
        // a host's user named like the placeholder of an imported person, or like a demo account, would take over its row
        if (identity.subject().startsWith(IMPORTED_SUBJECT_PREFIX) || identity.subject().startsWith(DEMO_SUBJECT_PREFIX)) {
            throw new InvalidInputException("subject", "The identity provider sent a subject the portal keeps for itself.");
        }
        if (identity.email() != null && identity.emailVerified()) {
            people.claimImported(identity.subject(), IMPORTED_SUBJECT_PREFIX + identity.email().toLowerCase(Locale.ROOT));
        }
        long id = people.upsert(identity, OffsetDateTime.now(clock));
        return new Viewer(id, identity.displayName(), identity.roles());
    }

    @Transactional
    public void recordLogin(long personId) {
        people.touchLogin(personId, OffsetDateTime.now(clock));
    }

    /** Demo accounts are people whose subject marks them as demo; they exist only where demo data was loaded. */
    @Transactional(readOnly = true)
    public Optional<Viewer> demoAccount(String username) {
        return people.findBySubject(DEMO_SUBJECT_PREFIX + username)
                .map(r -> new Viewer(r.getId(), r.getDisplayName(), PersonRepository.roles(r.getRoles())));
    }

    /** Two demo accounts of each role are enough to try every view; the rest are mentees to look at. */
    @Transactional(readOnly = true)
    public List<DemoAccount> demoAccountsToShow() {
        Map<Role, List<DemoAccount>> byRole = new EnumMap<>(Role.class);
        for (var person : people.withSubjectPrefix(DEMO_SUBJECT_PREFIX)) {
            String username = person.subject().substring(DEMO_SUBJECT_PREFIX.length());
            Role role = person.roles().stream().sorted().findFirst().orElse(Role.STUDENT);
            List<DemoAccount> shown = byRole.computeIfAbsent(role, r -> new ArrayList<>());
            if (shown.size() < 2) {
                shown.add(new DemoAccount(username, person.displayName(), role.name()));
            }
        }
        return byRole.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Staff look mentors up by name or e-mail to assign them. Students are looked up through the cohort they are to
     * join ({@code CohortService#studentsToEnroll}), which lists only those a cohort may take.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> mentors(String text) {
        Viewer viewer = currentUser.require();
        if (!viewer.hasAny(Role.ADVISOR, Role.ADMIN)) {
            throw new AccessDeniedException("Only advisors look up mentors to assign.");
        }
        return people.search(Role.MENTOR, UserText.line(text), DIRECTORY_LIMIT);
    }
}
