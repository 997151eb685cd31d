package org.openipt.termination;

/** What follows the acute course, decided together at its end. */
public enum TerminationDecision {
    END, CONTINUATION, MAINTENANCE, ALTERNATIVE_OR_ADDED_TREATMENT, REFERRAL
}
