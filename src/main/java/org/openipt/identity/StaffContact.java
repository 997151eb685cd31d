package org.openipt.identity;

import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * How to reach a staff member by e-mail, for work the system does without a request (notifications): address,
 * name, role, supervisor, whether the account is enabled, preferred language and the organisation's time zone.
 */
public record StaffContact(UserId id, OrganisationId organisationId, String email, String displayName, Role role,
        @Nullable UserId supervisorId, boolean enabled, @Nullable String preferredLanguage, ZoneId timeZone) {
}
