package org.openipt.referral;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A self-referral as the person sends it: a name or pseudonym, how to reach them, what brings them (their words),
 * the language and format they prefer, their PHQ-9 and GAD-7 answers (link id to answer code), and whether they
 * agreed to the consent document shown to them.
 */
public record SelfReferralEntry(@Nullable String name, @Nullable String contact, @Nullable String reason,
        @Nullable String language, @Nullable ReferralFormat format, Map<String, String> phq9, Map<String, String> gad7,
        @Nullable UUID consentDocumentId, boolean consented) {

    public static final int NAME_LENGTH = 200;
    public static final int CONTACT_LENGTH = 300;
    public static final int REASON_LENGTH = 4000;

    public SelfReferralEntry {
        phq9 = Map.copyOf(phq9);
        gad7 = Map.copyOf(gad7);
    }
}
