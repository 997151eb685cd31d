package org.openipt.caseload;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.UserId;

/**
 * One membership of a care team, as the policy and the care-team page see it: who, how, since when and, once it
 * ended, until when and why. A membership is active until it has an end day.
 */
public record CareTeamMember(MembershipId id, UserId clinicianId, @Nullable String clinicianName, MembershipKind kind,
        LocalDate startedOn, @Nullable String startReason, @Nullable LocalDate endedOn, @Nullable String endReason,
        long version) {

    public boolean active() {
        return endedOn == null;
    }

    public boolean responsible() {
        return active() && kind == MembershipKind.RESPONSIBLE_CLINICIAN;
    }
}
