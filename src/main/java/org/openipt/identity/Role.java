package org.openipt.identity;

/** What a person does in OpenIPT; a clinician may be a therapist or a lay counsellor (see {@link CurrentUser#layCounsellor()}). */
public enum Role {
    ADMIN, SUPERVISOR, CLINICIAN, CLIENT;

    public boolean isStaff() {
        return this != CLIENT;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
