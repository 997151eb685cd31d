package org.openipt.groups;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator records about one member at a group session: present or not and, when present, the answers to
 * the group's check-in questionnaire (answer code by item; none when the member did not give them), the link they
 * made between their mood and the week's events, how last week's option went, the option they chose this week, and
 * anything they disclosed about a risk to their life or safety (which opens a risk event at once). At the group's
 * last session also the signs that low mood is coming back they named and the decision about more help.
 */
public record MemberCheckIn(GroupMemberId member, boolean present, Map<String, String> answers,
        @Nullable String weekLink, @Nullable String lastOptionOutcome, @Nullable String optionChosen,
        @Nullable String disclosure, @Nullable String relapseSigns, @Nullable ReferralDecision referral) {

    public MemberCheckIn {
        answers = Map.copyOf(answers);
    }

    /** A check-in of any session but the last. */
    public MemberCheckIn(GroupMemberId member, boolean present, Map<String, String> answers,
            @Nullable String weekLink, @Nullable String lastOptionOutcome, @Nullable String optionChosen,
            @Nullable String disclosure) {
        this(member, present, answers, weekLink, lastOptionOutcome, optionChosen, disclosure, null, null);
    }
}
