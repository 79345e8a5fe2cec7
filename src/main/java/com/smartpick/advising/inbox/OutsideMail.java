package com.smartpick.advising.inbox;

import com.smartpick.advising.base.AdvisingProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail to a physician outside the portal, by address: no inbox, no preferences, no digest. It goes through the same
 * outbox in the caller's transaction, so it is sent once the request that asked for it commits, never before, and never
 * holds up the student's click.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class OutsideMail {

    /** The outbox kind of these e-mails, which alone go to an address without a person behind it. */
    static final String KIND = "outside";

    private final OutboxRepository outbox;
    private final String base;
    private final AdvisingProperties properties;

    OutsideMail(OutboxRepository outbox, MailSettings settings, AdvisingProperties properties) {
        this.outbox = outbox;
        this.base = settings.baseUrl().replaceAll("/+$", "");
        this.properties = properties;
    }

    public void send(String to, String subject, String body) {
        outbox.enqueue(null, to, KIND, subject, body, null);
    }

    /** The absolute address of a plugin view, e.g. a single-use link's page, for the e-mail. */
    public String link(String view) {
        return base + properties.path(view);
    }
}
