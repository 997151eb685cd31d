package org.openipt.notification.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The {@code openipt.notification.*} properties: the sender address, the address of this installation for links,
 * how often the outbox is sent, how long a node's claim on a row lasts, how many attempts before a row is given up,
 * the first pause after a failure (doubled each time, at most {@link #MAX_PAUSE}), and this node's name for claims.
 */
@Component
public class NotificationSettings {

    /** The longest pause between two attempts, however many failed before. */
    public static final Duration MAX_PAUSE = Duration.ofHours(6);

    private final String from;
    private final String baseUrl;
    private final Duration claimFor;
    private final int maxAttempts;
    private final Duration retryAfter;
    private final int batchSize;
    private final String node;

    NotificationSettings(@Value("${openipt.notification.from:openipt@localhost}") String from,
            @Value("${openipt.notification.base-url:http://localhost:${server.port:8080}}") String baseUrl,
            @Value("${openipt.notification.claim-for:PT5M}") Duration claimFor,
            @Value("${openipt.notification.max-attempts:8}") int maxAttempts,
            @Value("${openipt.notification.retry-after:PT1M}") Duration retryAfter,
            @Value("${openipt.notification.batch-size:50}") int batchSize,
            @Value("${openipt.notification.node:}") String node) {
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.claimFor = claimFor;
        this.maxAttempts = Math.max(1, maxAttempts);
        this.retryAfter = retryAfter;
        this.batchSize = Math.max(1, batchSize);
        this.node = node.isBlank() ? "node-" + UUID.randomUUID().toString().substring(0, 8) : node;
    }

    public String from() {
        return from;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public Duration claimFor() {
        return claimFor;
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public int batchSize() {
        return batchSize;
    }

    public String node() {
        return node;
    }

    /** The domain of the sender address, for Message-IDs that a mail client shows as ours. */
    public String mailDomain() {
        int at = from.lastIndexOf('@');
        String domain = at < 0 ? "" : from.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.matches("[a-z0-9.-]+") ? domain : "openipt.invalid";
    }
}
