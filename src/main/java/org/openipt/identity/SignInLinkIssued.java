package org.openipt.identity;

import java.time.Instant;

/**
 * A link to set a password was issued for an account that has an e-mail address; {@code path} carries the secret,
 * so the event is handled synchronously in the transaction that issued it (never kept in the event publication
 * registry) and its e-mail names nothing clinical.
 */
public record SignInLinkIssued(UserId userId, OrganisationId organisationId, AccountTokenPurpose purpose,
        String email, String path, Instant expiresAt) {
}
