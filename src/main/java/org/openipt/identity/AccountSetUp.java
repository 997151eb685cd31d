package org.openipt.identity;

/** A person set their password with an invitation or a forgotten-password link (published synchronously). */
public record AccountSetUp(UserId userId, OrganisationId organisationId, AccountTokenPurpose purpose) {
}
