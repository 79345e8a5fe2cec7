package com.smartpick.advising.unsaved;

import com.smartpick.advising.base.UserText;
import com.smartpick.advising.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps what the signed-in person types into a form until they save or discard it. Not audited and not a record: it
 * is the author's own scratch text, read back by the author alone.
 */
@Service
public class UnsavedTextService {

    /** Bounds what a client may park here, whatever a form's own limit; anything longer is not kept. */
    public static final int MAX_KEPT = 100_000;
    static final Duration KEPT_FOR = Duration.ofDays(30);

    private final UnsavedTextRepository repository;
    private final CurrentUser currentUser;
    private final Clock clock;

    UnsavedTextService(UnsavedTextRepository repository, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Keeps {@code typed} as the person's unsaved text of the form; blank text forgets it instead. */
    @Transactional
    public void keep(String formKey, String typed) {
        long personId = currentUser.require().personId();
        // cleaned as a save would clean it: NUL or a lone surrogate could not even be stored
        String text = UserText.multiline(typed);
        if (text.isBlank()) {
            repository.forget(personId, formKey);
        } else if (text.length() <= MAX_KEPT) {
            repository.keep(personId, formKey, text, OffsetDateTime.now(clock));
        }
    }

    /** The person's unsaved text of the form, if any; what is older than the keeping period goes first. */
    @Transactional
    public Optional<KeptText> kept(String formKey) {
        long personId = currentUser.require().personId();
        repository.forgetOlderThan(personId, OffsetDateTime.now(clock).minus(KEPT_FOR));
        return repository.find(personId, formKey);
    }

    @Transactional
    public void forget(String formKey) {
        repository.forget(currentUser.require().personId(), formKey);
    }
}
