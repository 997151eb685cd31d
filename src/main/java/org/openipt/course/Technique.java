package org.openipt.course;

/**
 * The IPT techniques a clinician may note as used in a session. The message bundle holds a name
 * ({@code technique.NAME}) and a short hint in our own words ({@code technique.NAME.hint}) for each.
 */
public enum Technique {
    EXPLORATORY_QUESTIONING,
    ENCOURAGEMENT_OF_AFFECT,
    CLARIFICATION,
    COMMUNICATION_ANALYSIS,
    DECISION_ANALYSIS,
    ROLE_PLAY,
    THERAPEUTIC_RELATIONSHIP,
    PSYCHOEDUCATION,
    WORK_AT_HOME
}
