package org.openipt.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.AccountTokenPurpose;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One single-use secret for setting an account's password; usable until it expires, is used or is revoked. */
@Table("account_token")
public class AccountToken {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID userId;
    private final AccountTokenPurpose purpose;
    private final String secretHash;
    private final Instant expiresAt;
    private @Nullable Instant usedAt;
    private @Nullable Instant revokedAt;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    AccountToken(UUID id, UUID organisationId, UUID userId, AccountTokenPurpose purpose, String secretHash,
            Instant expiresAt, @Nullable Instant usedAt, @Nullable Instant revokedAt, Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.userId = userId;
        this.purpose = purpose;
        this.secretHash = secretHash;
        this.expiresAt = expiresAt;
        this.usedAt = usedAt;
        this.revokedAt = revokedAt;
        this.createdAt = createdAt;
        this.version = version;
    }

    static AccountToken issue(UUID organisationId, UUID userId, AccountTokenPurpose purpose, String secretHash,
            Instant expiresAt, Instant now) {
        return new AccountToken(UUID.randomUUID(), organisationId, userId, purpose, secretHash, expiresAt, null, null,
                now, null);
    }

    boolean usableAt(Instant now) {
        return usedAt == null && revokedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    void revoke(Instant now) {
        this.revokedAt = now;
    }

    UUID getId() { return id; }
    UUID getUserId() { return userId; }
    AccountTokenPurpose getPurpose() { return purpose; }
    Instant getExpiresAt() { return expiresAt; }
    Instant getCreatedAt() { return createdAt; }
}
