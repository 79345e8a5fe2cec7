package com.smartpick.advising.security;

import static com.smartpick.advising.jooq.Tables.SINGLE_USE_LINK;

import com.smartpick.advising.base.NotFoundException;
import com.smartpick.advising.base.Rows;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Links that let a physician without an account act once on one thing (upload a letter, confirm a record): a random
 * token of 256 bits goes into the e-mail, only its SHA-256 is stored, and using the link spends it in the same
 * transaction as the act, so a link works once, before it expires, and a second use (or a guess) opens nothing. The
 * features that issue links check their own rules first; this only keeps the tokens.
 */
@Component
public class SingleUseLinks {

    public enum Purpose {
        LETTER_UPLOAD, EXPERIENCE_CONFIRMATION
    }

    /** A live link: what it acts on, and for whom it was sent. */
    public record Link(long id, Purpose purpose, long subjectId, String email, OffsetDateTime expiresAt) {
    }

    /** What a refused link is called on its page: "Link not found" reads as used, expired or mistyped alike. */
    public static final String LINK = "Link";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext db;
    private final Clock clock;

    SingleUseLinks(DSLContext db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** A new link's token, for {@code email}, valid for {@code lifetime}; earlier unused links to the same thing stay valid. */
    public String issue(Purpose purpose, long subjectId, String email, Duration lifetime, long issuedBy) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        OffsetDateTime now = OffsetDateTime.now(clock);
        db.insertInto(SINGLE_USE_LINK)
                .set(SINGLE_USE_LINK.TOKEN_HASH, hash(token)).set(SINGLE_USE_LINK.PURPOSE, purpose.name())
                .set(SINGLE_USE_LINK.SUBJECT_ID, subjectId).set(SINGLE_USE_LINK.EMAIL, email)
                .set(SINGLE_USE_LINK.CREATED_BY, issuedBy).set(SINGLE_USE_LINK.CREATED_AT, now)
                .set(SINGLE_USE_LINK.EXPIRES_AT, now.plus(lifetime))
                .execute();
        return token;
    }

    /** The link, if it is for this purpose, unused and not expired: for showing the page, spending nothing. */
    public Optional<Link> find(String token, Purpose purpose) {
        return db.selectFrom(SINGLE_USE_LINK)
                .where(SINGLE_USE_LINK.TOKEN_HASH.eq(hash(token))).and(SINGLE_USE_LINK.PURPOSE.eq(purpose.name()))
                .and(SINGLE_USE_LINK.USED_AT.isNull()).and(SINGLE_USE_LINK.EXPIRES_AT.gt(OffsetDateTime.now(clock)))
                .fetchOptional(r -> new Link(r.getId(), Purpose.valueOf(r.getPurpose()), r.getSubjectId(), r.getEmail(),
                        r.getExpiresAt()));
    }

    /**
     * Spends the link in the caller's transaction: once that commits, the link opens nothing. When the act is refused
     * (a file that is no PDF) the transaction rolls back and the link stays usable for a corrected try.
     *
     * @throws NotFoundException when the link is unknown, used, expired or for something else; all alike, so a
     *         visitor learns nothing about other links
     */
    public Link spend(String token, Purpose purpose) {
        Link link = find(token, purpose).orElseThrow(() -> new NotFoundException(LINK));
        // a second spender of the same link waits for the first one's row lock, then finds it used
        if (!Rows.oneOrNone(db.update(SINGLE_USE_LINK).set(SINGLE_USE_LINK.USED_AT, OffsetDateTime.now(clock))
                .where(SINGLE_USE_LINK.ID.eq(link.id())).and(SINGLE_USE_LINK.USED_AT.isNull()))) {
            throw new NotFoundException(LINK);
        }
        return link;
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java has SHA-256", impossible);
        }
    }
}
