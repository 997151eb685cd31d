package org.openipt.referral;

/** How the person would like to be seen. */
public enum ReferralFormat {
    INDIVIDUAL, GROUP, EITHER
}
