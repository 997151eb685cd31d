package org.openipt.formulation;

import java.time.Instant;

/**
 * What the client answered in the portal to the formulation their clinician shared: they accept it (which counts as
 * the acceptance the initial phase needs), or they would like to talk about it first.
 */
public record ClientResponse(Kind kind, Instant at) {

    public enum Kind {
        ACCEPTED, WANTS_TO_TALK
    }

    public boolean wantsToTalk() {
        return kind == Kind.WANTS_TO_TALK;
    }
}
