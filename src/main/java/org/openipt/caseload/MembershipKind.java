package org.openipt.caseload;

/** How a clinician belongs to a client's care team. */
public enum MembershipKind {
    /** The one clinician who holds the client's care while they are in care: alerts and e-mails go to them. */
    RESPONSIBLE_CLINICIAN,
    /** A clinician who shares the care, reading and writing the record like the responsible clinician. */
    CO_CLINICIAN,
    /** A facilitator of a group the client belongs to (group IPT). */
    GROUP_FACILITATOR
}
