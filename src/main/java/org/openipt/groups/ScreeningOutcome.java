package org.openipt.groups;

/**
 * What screening decided for a person: eligible for a group; excluded because of a current risk to their life
 * (referred on, with a risk event for the clinician and supervisor); below the day's cut-off; or not decided because
 * answers are missing.
 */
public enum ScreeningOutcome {
    ELIGIBLE, EXCLUDED_FOR_RISK, BELOW_CUT_OFF, INCOMPLETE;

    /** Whether the person becomes a client with a course (the eligible, and those excluded for risk). */
    public boolean keepsARecord() {
        return this == ELIGIBLE || this == EXCLUDED_FOR_RISK;
    }
}
