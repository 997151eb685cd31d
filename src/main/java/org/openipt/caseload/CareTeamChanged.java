package org.openipt.caseload;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.UserId;

/**
 * A client's care team changed: a clinician joined it, left it, or the client was handed over ({@code from} the
 * former responsible clinician {@code to} the new one). Carries no clinical detail.
 */
public record CareTeamChanged(OrganisationId organisationId, ClientId clientId, Change change,
        @Nullable UserId from, @Nullable UserId to, LocalDate on) {

    public enum Change {
        HANDED_OVER, JOINED, LEFT
    }
}
