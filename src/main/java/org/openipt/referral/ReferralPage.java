package org.openipt.referral;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ConsentDocument;
import org.openipt.identity.OrganisationId;

/** The public referral page of an organisation: its name and the consent wording the person agrees to. */
public record ReferralPage(OrganisationId organisationId, String code, String organisationName,
        @Nullable ConsentDocument consent) {
}
