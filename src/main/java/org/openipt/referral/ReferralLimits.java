package org.openipt.referral;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many self-referrals one network address ({@code per-address}) and one organisation ({@code per-organisation})
 * may send within {@code window}; beyond that the page answers 429 and stores nothing.
 */
@ConfigurationProperties("openipt.referral")
public record ReferralLimits(@DefaultValue("5") int perAddress, @DefaultValue("200") int perOrganisation,
        @DefaultValue("PT1H") Duration window) {
}
