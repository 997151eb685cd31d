package org.openipt.referral;

import org.openipt.identity.OrganisationId;

/** A self-referral with a risk answer arrived; carries no detail about the person. */
public record UrgentReferralReceived(OrganisationId organisationId, ReferralId referralId) {
}
