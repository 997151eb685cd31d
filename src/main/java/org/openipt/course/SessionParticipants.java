package org.openipt.course;

/**
 * Who took part in a session. Formats for adolescents (IPT-A) bring a parent or caregiver in at a few points; a
 * session with the caregiver alone is a parent contact, not one of the client's contracted sessions.
 */
public enum SessionParticipants {
    CLIENT(true, false),
    CLIENT_WITH_CAREGIVER(true, true),
    CAREGIVER_WITHOUT_CLIENT(false, true);

    private final boolean client;
    private final boolean caregiver;

    SessionParticipants(boolean client, boolean caregiver) {
        this.client = client;
        this.caregiver = caregiver;
    }

    public boolean includesClient() {
        return client;
    }

    public boolean includesCaregiver() {
        return caregiver;
    }
}
