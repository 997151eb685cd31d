package org.openipt.referral;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/** A stored self-referral, as staff see it in triage. */
public record SelfReferral(ReferralId id, Instant receivedAt, String name, String contact, @Nullable String reason,
        String language, ReferralFormat format, Map<String, String> phq9, Map<String, String> gad7,
        @Nullable Integer phq9Total, @Nullable Integer gad7Total, boolean urgent, ReferralStatus status,
        @Nullable String decisionReason, @Nullable Instant decidedAt, @Nullable ClientId client,
        @Nullable CourseId course, long version) {

    public SelfReferral {
        phq9 = Map.copyOf(phq9);
        gad7 = Map.copyOf(gad7);
    }

    public boolean pending() {
        return status == ReferralStatus.PENDING;
    }
}
