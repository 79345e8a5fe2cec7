package com.smartpick.advising.security;

import com.smartpick.advising.base.InvalidInputException;
import com.smartpick.advising.base.UserText;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** People: created or refreshed at sign-in, and the small directory of mentors staff assign. */
@Service
public class PersonService {

    /**
     * The subject of a person imported from a roster before they ever signed in: this prefix and their lower-cased
     * e-mail. Their first sign-in with that e-mail, verified by the identity provider, claims the row.
     */
    public static final String IMPORTED_SUBJECT_PREFIX = "import:";
    /** Kept for the standalone launcher's demo accounts; no identity provider's subject may start with it. */
    public static final String DEMO_SUBJECT_PREFIX = "demo:";
    /** Physicians outside the portal, who write a letter or confirm a record through a single-use link. */
    public static final String OUTSIDE_SUBJECT_PREFIX = "outside:";
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
        if (identity.subject().startsWith(IMPORTED_SUBJECT_PREFIX) || identity.subject().startsWith(DEMO_SUBJECT_PREFIX)
                || identity.subject().startsWith(OUTSIDE_SUBJECT_PREFIX)) {
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

    /** The person a subject belongs to, for a launcher's own accounts (the demo's); roles as stored. */
    @Transactional(readOnly = true)
    public Optional<Viewer> bySubject(String subject) {
        return people.findBySubject(subject)
                .map(r -> new Viewer(r.getId(), r.getDisplayName(), PersonRepository.roles(r.getRoles())));
    }

    /**
     * Creates a demo account for the standalone launcher: no identity provider vouches for these people, so nothing
     * else makes their rows. The subject is {@link #DEMO_SUBJECT_PREFIX} and the username, which no sign-in through a
     * provider can take over ({@link #signIn} refuses it). When that subject exists already nothing changes: the demo
     * was loaded before (or is being loaded by another instance, whose transaction this one waits for).
     *
     * @return the new person, or empty when the account existed already
     */
    @Transactional
    public Optional<Viewer> createDemoAccount(String username, String displayName, String email, Role role) {
        String subject = DEMO_SUBJECT_PREFIX + username;
        return people.insertIfAbsent(new Identity(subject, displayName, email, false, Set.of(role)))
                .map(id -> new Viewer(id, displayName, Set.of(role)));
    }

    /**
     * The person who stands for a physician outside the portal, by e-mail: made on first use, with no roles, so they
     * can write the letters asked of them through their links and never sign in. A student asking them is the only
     * one who names them.
     */
    @Transactional
    public PersonSummary outsidePhysician(String displayName, String email) {
        currentUser.require(Permission.KEEP_OWN_APPLICATION);
        String subject = OUTSIDE_SUBJECT_PREFIX + email.toLowerCase(Locale.ROOT);
        people.insertIfAbsent(new Identity(subject, displayName, email.toLowerCase(Locale.ROOT), false, Set.of()));
        return people.findBySubject(subject).map(PersonRepository::summary).orElseThrow();
    }

    /** The people whose subject starts with a launcher's own prefix (the demo's {@code demo:}), oldest first. */
    @Transactional(readOnly = true)
    public List<PersonSubject> withSubjectPrefix(String prefix) {
        return people.withSubjectPrefix(prefix);
    }

    /**
     * Staff look mentors up by name or e-mail to assign them. Students are looked up through the cohort they are to
     * join ({@code CohortService#studentsToEnroll}), which lists only those a cohort may take.
     */
    @Transactional(readOnly = true)
    public List<PersonSummary> mentors(String text) {
        currentUser.require(Permission.MANAGE_COHORTS);
        return people.search(Role.MENTOR, UserText.line(text), DIRECTORY_LIMIT);
    }

    /**
     * Everyone already known by each of these e-mails (lower-cased), for a roster import that must not make a second
     * person of someone known; more than one person means the e-mail is ambiguous.
     */
    @Transactional(readOnly = true)
    public Map<String, List<PersonSummary>> peopleByEmail(Collection<String> emails) {
        currentUser.require(Permission.MANAGE_COHORTS);
        return people.byEmail(emails);
    }

    /**
     * New students from a roster, keyed by their e-mail until their first sign-in claims the row ({@link #signIn});
     * an e-mail imported before keeps its row.
     *
     * @param namesByEmail each new student's name by their lower-cased e-mail
     * @return the students' ids by e-mail
     */
    @Transactional
    public Map<String, Long> importStudents(Map<String, String> namesByEmail) {
        currentUser.require(Permission.MANAGE_COHORTS);
        return people.insertImported(namesByEmail, IMPORTED_SUBJECT_PREFIX);
    }
}
