package org.openipt.caseload;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where a client stands with the portal, for their clinician: not invited, invited (until when), lapsed (invited,
 * but no password was set in time), active (since when, and the sign-in they use), or closed by an administrator.
 */
public record PortalAccess(State state, @Nullable Instant invitedUntil, @Nullable Instant activeSince,
        @Nullable String signIn) {

    public enum State {
        NOT_INVITED, INVITED, LAPSED, ACTIVE, CLOSED
    }

    public static final PortalAccess NOT_INVITED = new PortalAccess(State.NOT_INVITED, null, null, null);

    public boolean invited() {
        return state != State.NOT_INVITED;
    }
}
