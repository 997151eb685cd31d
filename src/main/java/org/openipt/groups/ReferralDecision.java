package org.openipt.groups;

/**
 * What the last group session decided for a member about more help: none needed, referred on for more help (their
 * symptoms persist), or to discuss with the supervisor first.
 */
public enum ReferralDecision {
    NOT_NEEDED, REFERRED_FOR_MORE_HELP, DISCUSS_WITH_SUPERVISOR
}
