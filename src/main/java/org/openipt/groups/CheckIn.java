package org.openipt.groups;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.measures.ResponseId;

/**
 * One member at one group session: present or not and, when present, the week's check-in — the questionnaire (kept
 * in the member's course), the link the member made between their mood and the week's events, how the option they
 * chose last week went, and the option they chose to try this week; at the last session the relapse signs and the
 * decision about more help; for a missed session, the day it was made up in an individual session.
 */
public record CheckIn(GroupMemberId memberId, boolean present, @Nullable SessionId courseSession,
        @Nullable ResponseId response, @Nullable String weekLink, @Nullable String lastOptionOutcome,
        @Nullable String optionChosen, @Nullable String relapseSigns, @Nullable ReferralDecision referral,
        java.time.@Nullable LocalDate madeUpOn) {

    public boolean madeUp() {
        return madeUpOn != null;
    }
}
