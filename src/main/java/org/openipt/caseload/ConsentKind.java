package org.openipt.caseload;

/**
 * The consent documents an organisation publishes: those it asks its clients to agree to in the portal, and the
 * wording a person agrees to when they refer themself (never listed among a client's agreements).
 */
public enum ConsentKind {
    TREATMENT, REMOTE_SESSIONS, PRIVACY_NOTICE, SELF_REFERRAL;

    /** Whether clients agree to this kind in the portal (and its absence shows on the client page). */
    public boolean askedOfClients() {
        return this != SELF_REFERRAL;
    }
}
