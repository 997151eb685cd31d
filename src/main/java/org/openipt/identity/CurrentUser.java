package org.openipt.identity;

import java.time.ZoneId;

/** The signed-in person, as every facade sees them: who, in which organisation, in which role. */
public record CurrentUser(UserId id, OrganisationId organisationId, Role role, String displayName,
        boolean layCounsellor, ZoneId timeZone) {

    public boolean is(Role other) {
        return role == other;
    }
}
