package org.openipt.notification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One e-mail of the outbox as administrators list it: to whom, about what, and how far it got. No body. */
public record NotificationSummary(UUID id, String recipientName, String recipientEmail, NotificationKind kind,
        Instant createdAt, NotificationStatus status, int attempts, @Nullable Instant sentAt,
        @Nullable String lastError) {
}
