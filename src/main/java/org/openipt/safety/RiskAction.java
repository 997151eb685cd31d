package org.openipt.safety;

/** What was done about a risk event; one or more. */
public enum RiskAction {
    SAFETY_PLAN, SAME_DAY_REVIEW, REFERRAL, EMERGENCY_SERVICES
}
