package com.smartpick.advising.security;

import com.smartpick.advising.base.AdvisingProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * People signed in by a host portal's security rather than by the plugin's own: each authentication becomes an
 * {@link Identity} through the {@link AdvisingIdentityResolver}, and its person row is created or refreshed through
 * {@link PersonService#signIn}.
 *
 * <p>Every service call asks who is signed in, so a row is written at most once per
 * {@code advising.security.refresh-interval} for the same identity (subject, name, e-mail and roles), remembered for
 * the {@value #REMEMBERED} identities used last. What a person may do follows the host's roles at once, as the roles
 * come from the authentication on every call, and a changed identity is a new one, written on its first use. The row
 * itself (which other people's pages read, such as the mentors staff may assign) may lag by one interval: another
 * instance of the portal, or an older session, may have written other roles since this instance last wrote these.
 */
@Component
class HostSignIns {

    static final int REMEMBERED = 10_000;

    private record Refreshed(Viewer viewer, Instant at) {
    }

    private final AdvisingIdentityResolver resolver;
    private final PersonService people;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final Duration interval;
    private final Map<Identity, Refreshed> refreshed = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Identity, Refreshed> eldest) {
            return size() > REMEMBERED;
        }
    };

    HostSignIns(AdvisingIdentityResolver resolver, PersonService people, PlatformTransactionManager transactions,
            Clock clock, AdvisingProperties properties) {
        this.resolver = resolver;
        this.people = people;
        // the first service call of a person may run in a read-only transaction, or one that is rolled back later
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.interval = properties.security().refreshInterval();
    }

    Optional<Viewer> viewerOf(Authentication authentication) {
        Optional<Identity> found = resolver.identify(authentication).filter(identity -> !identity.roles().isEmpty());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Identity identity = found.get();
        Instant now = clock.instant();
        Refreshed known;
        synchronized (refreshed) {
            known = refreshed.get(identity);
        }
        if (known != null && now.isBefore(known.at().plus(interval))) {
            return Optional.of(known.viewer());
        }
        Viewer viewer = ownTransaction.execute(transaction -> people.signIn(identity));
        synchronized (refreshed) {
            refreshed.put(identity, new Refreshed(viewer, now));
        }
        return Optional.of(viewer);
    }
}
