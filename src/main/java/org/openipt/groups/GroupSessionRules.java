package org.openipt.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What makes a group session record sound: the next session of the format, held on or after the group's start and
 * not in the future, exactly one mark for every active member and for nobody else, texts within their lengths, and at
 * the last session a decision about more help for every member present. Pure.
 */
public final class GroupSessionRules {

    public static final int TEXT_LENGTH = 2000;
    public static final int NOTES_LENGTH = 4000;

    private GroupSessionRules() {
    }

    public static List<String> problemsWith(GroupSessionEntry entry, GroupFormat format, int nextNumber,
            Set<GroupMemberId> activeMembers, LocalDate startsOn, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (!format.has(entry.number())) {
            problems.add("groupSession.number.beyondFormat");
        }
        else if (entry.number() != nextNumber) {
            problems.add("groupSession.number.notNext");
        }
        if (entry.mode() == null) {
            problems.add("groupSession.mode.required");
        }
        LocalDate day = entry.heldAt().toLocalDate();
        if (day.isAfter(today)) {
            problems.add("groupSession.when.future");
        }
        else if (day.isBefore(startsOn)) {
            problems.add("groupSession.when.beforeStart");
        }
        Set<GroupMemberId> marked = new HashSet<>();
        boolean twice = false;
        for (MemberCheckIn checkIn : entry.members()) {
            twice |= !marked.add(checkIn.member());
        }
        if (twice || !marked.equals(activeMembers)) {
            problems.add("groupSession.attendance.incomplete");
        }
        if (activeMembers.isEmpty()) {
            problems.add("groupSession.noMembers");
        }
        boolean tooLong = entry.members().stream().anyMatch(c -> tooLong(c.weekLink()) || tooLong(c.lastOptionOutcome())
                || tooLong(c.optionChosen()) || tooLong(c.relapseSigns()));
        if (format.isLast(entry.number())
                && entry.members().stream().anyMatch(c -> c.present() && c.referral() == null)) {
            problems.add("groupSession.referral.required");
        }
        if (tooLong) {
            problems.add("groupSession.text.tooLong");
        }
        if (entry.notes() != null && entry.notes().length() > NOTES_LENGTH) {
            problems.add("groupSession.notes.tooLong");
        }
        return problems;
    }

    private static boolean tooLong(@Nullable String text) {
        return text != null && text.length() > TEXT_LENGTH;
    }
}
