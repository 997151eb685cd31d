package org.openipt.referral;

/** Where a self-referral stands in triage. */
public enum ReferralStatus {
    PENDING, ACCEPTED, REFERRED_ELSEWHERE, DECLINED
}
