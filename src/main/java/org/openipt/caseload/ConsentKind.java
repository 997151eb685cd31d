package org.openipt.caseload;

/** The consent documents an organisation may ask its clients to agree to. */
public enum ConsentKind {
    TREATMENT, REMOTE_SESSIONS, PRIVACY_NOTICE
}
