package org.openipt.referral;

import java.util.List;

import org.openipt.safety.CrisisResource;

/** What sending a self-referral led to. */
public sealed interface ReferralOutcome {

    /** Received (or looked received, for a bot); after a risk answer with the crisis lines in the person's language. */
    record Received(boolean urgent, List<CrisisResource> crisisResources) implements ReferralOutcome {

        public Received {
            crisisResources = List.copyOf(crisisResources);
        }
    }

    /** Too many referrals from this address or to this organisation just now: nothing stored. */
    record TooMany() implements ReferralOutcome {
    }
}
