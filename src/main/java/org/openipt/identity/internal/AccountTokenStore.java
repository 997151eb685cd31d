package org.openipt.identity.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.AccountTokenPurpose;
import org.openipt.shared.Conflicts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Storage of the single-use secrets behind {@link org.openipt.identity.AccountSetupService}. */
@Component
public class AccountTokenStore {

    /** A secret's account and purpose, while the secret can still be used. */
    public record Usable(UUID tokenId, UUID userId, AccountTokenPurpose purpose) {
    }

    private final AccountTokenRepository tokens;

    AccountTokenStore(AccountTokenRepository tokens) {
        this.tokens = tokens;
    }

    /** Stores a new secret's hash and revokes the account's earlier open ones of the same purpose. */
    public void issue(UUID organisationId, UUID userId, AccountTokenPurpose purpose, String secretHash,
            Instant expiresAt, Instant now) {
        for (AccountToken earlier : tokens.findByUserIdAndPurposeAndUsedAtIsNullAndRevokedAtIsNull(userId, purpose)) {
            earlier.revoke(now);
            tokens.save(earlier);
        }
        tokens.save(AccountToken.issue(organisationId, userId, purpose, secretHash, expiresAt, now));
    }

    public Optional<Usable> usable(String secretHash, Instant now) {
        return tokens.findBySecretHash(secretHash).filter(token -> token.usableAt(now))
                .map(token -> new Usable(token.getId(), token.getUserId(), token.getPurpose()));
    }

    /**
     * Marks the secret used, once: of two uses at the same moment the second fails on the token's version, so a
     * secret sets a password at most once.
     */
    public boolean use(String secretHash, Instant now) {
        Optional<AccountToken> token = tokens.findBySecretHash(secretHash).filter(t -> t.usableAt(now));
        if (token.isEmpty()) {
            return false;
        }
        token.get().use(now);
        try {
            Conflicts.savedOrConflict("the secret", () -> tokens.save(token.get()));
            return true;
        }
        catch (OptimisticLockingFailureException usedMeanwhile) {
            return false;
        }
    }

    /** Whether the account was sent an open secret of this purpose after {@code since}. */
    public boolean issuedSince(UUID userId, AccountTokenPurpose purpose, Instant since) {
        return tokens.findByUserIdAndPurposeAndUsedAtIsNullAndRevokedAtIsNull(userId, purpose).stream()
                .anyMatch(token -> token.getCreatedAt().isAfter(since));
    }

    /** Until when the account's open invitation can be used, if it has one. */
    public Optional<Instant> openInvitationUntil(UUID userId, Instant now) {
        return tokens.findByUserIdAndPurposeAndUsedAtIsNullAndRevokedAtIsNull(userId, AccountTokenPurpose.INVITATION)
                .stream().filter(token -> token.usableAt(now)).map(AccountToken::getExpiresAt)
                .max(Comparator.naturalOrder());
    }
}
