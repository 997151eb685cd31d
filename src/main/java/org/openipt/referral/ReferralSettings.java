package org.openipt.referral;

import org.openipt.identity.OrganisationId;

/** An organisation's public referral page: the code in its address ({@code /refer/<code>}) and whether it is open. */
public record ReferralSettings(OrganisationId organisationId, String code, boolean open, long version) {

    /** Letters, digits and hyphens, 3 to 40, starting with a letter or digit. */
    public static boolean validCode(String code) {
        return code.matches("[a-z0-9][a-z0-9-]{2,39}");
    }
}
