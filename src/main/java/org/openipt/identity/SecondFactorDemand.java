package org.openipt.identity;

/** What signing in asks of a person once their password is right. */
public enum SecondFactorDemand {
    /** The password is enough: no second factor set up and none required. */
    NONE,
    /** Staff of an organisation that requires a second factor, not set up yet: set it up now. */
    SET_UP,
    /** A second factor is set up: type its code (or a recovery code). */
    CODE;

    /** Anyone with a second factor set up uses it; staff must set one up where their organisation requires it. */
    public static SecondFactorDemand of(boolean setUp, boolean requiredByOrganisation, Role role) {
        if (setUp) {
            return CODE;
        }
        return requiredByOrganisation && role.isStaff() ? SET_UP : NONE;
    }
}
