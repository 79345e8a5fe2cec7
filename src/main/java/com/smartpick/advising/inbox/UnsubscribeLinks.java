package com.smartpick.advising.inbox;

import com.smartpick.advising.base.AdvisingProperties;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One-click unsubscribe links: the person and the kind, signed with HMAC-SHA256 under the configured secret, so the
 * link alone is the authority (no sign-in) and changing either part breaks the signature. {@link #DIGEST} stands for
 * every kind the person takes as a digest.
 */
@Component
class UnsubscribeLinks {

    /** The "kind" of a digest's link: all of the person's digest kinds at once. */
    static final String DIGEST = "digest";
    static final String PATH = "/mail/unsubscribe";
    private static final Logger LOG = LoggerFactory.getLogger(UnsubscribeLinks.class);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    record Subscription(long personId, String kind) {
    }

    private final SecretKeySpec key;
    private final String url;

    UnsubscribeLinks(MailSettings settings, AdvisingProperties properties) {
        byte[] secret;
        if (settings.unsubscribeSecret() == null || settings.unsubscribeSecret().isBlank()) {
            LOG.warn("advising.mail.unsubscribe-secret is not set: unsubscribe links are signed with a random key of this "
                    + "run, which other instances and later runs refuse");
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
        } else {
            secret = settings.unsubscribeSecret().getBytes(StandardCharsets.UTF_8);
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.url = settings.baseUrl().replaceAll("/+$", "") + properties.apiPath() + PATH + "?token=";
    }

    String link(long personId, String kind) {
        return url + token(personId, kind);
    }

    String token(long personId, String kind) {
        byte[] payload = (personId + ":" + kind).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(sign(payload));
    }

    /** The subscription a token names, if its signature holds; anything else, tampered or garbled, is none. */
    Optional<Subscription> read(String token) {
        int dot = token.indexOf('.');
        if (dot < 1 || token.length() > 400) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return Optional.empty();
            }
            String[] parts = new String(payload, StandardCharsets.UTF_8).split(":", 2);
            return Optional.of(new Subscription(Long.parseLong(parts[0]), parts[1]));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException garbled) {
            return Optional.empty();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
