package com.smartpick.advising.smartpick.preview;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * A token bucket per client address, in memory: {@value #CAPACITY} previews at once, then one more every
 * {@value #REFILL_SECONDS} seconds. At most {@value #MAX_CLIENTS} clients are remembered, the least recently seen
 * forgotten first, so a flood of addresses costs bounded memory (a forgotten client merely starts afresh). Per
 * instance: behind a load balancer each instance limits on its own, which still bounds what one client can cost.
 */
@Component
public class PreviewRateLimiter {

    public static final int CAPACITY = 10;
    public static final int REFILL_SECONDS = 6;
    static final int MAX_CLIENTS = 10_000;

    private record Bucket(double tokens, long atMillis) {
    }

    private final Clock clock;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAX_CLIENTS;
        }
    };

    PreviewRateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** @return 0 when the client may go ahead (a token is taken), else the seconds until it may try again */
    public synchronized long acquire(String client) {
        long now = clock.millis();
        Bucket bucket = buckets.get(client);
        double tokens = bucket == null ? CAPACITY
                : Math.min(CAPACITY, bucket.tokens() + (now - bucket.atMillis()) / (REFILL_SECONDS * 1000.0));
        if (tokens < 1) {
            buckets.put(client, new Bucket(tokens, now));
            return (long) Math.ceil((1 - tokens) * REFILL_SECONDS);
        }
        buckets.put(client, new Bucket(tokens - 1, now));
        return 0;
    }

    synchronized int clientsRemembered() {
        return buckets.size();
    }
}
