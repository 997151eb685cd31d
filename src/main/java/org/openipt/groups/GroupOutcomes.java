package org.openipt.groups;

import java.util.List;

import org.openipt.measures.InstrumentOutcome;

/**
 * A group's outcomes: the share of expected attendances that happened, and how many members met response and
 * remission by the course outcome rules, out of those for whom the rule could be applied (a baseline and a later
 * score). Pure.
 */
public record GroupOutcomes(int attendances, int expectedAttendances, int responders, int respondersOutOf,
        int remitters, int remittersOutOf) {

    public static GroupOutcomes of(List<MemberLine> members) {
        int attended = 0;
        int expected = 0;
        int responders = 0;
        int responseKnown = 0;
        int remitters = 0;
        int remissionKnown = 0;
        for (MemberLine line : members) {
            attended += (int) line.attended();
            expected += (int) (line.attended() + line.missed());
            InstrumentOutcome outcome = line.outcome();
            if (outcome.response().available()) {
                responseKnown++;
                responders += outcome.response().met() ? 1 : 0;
            }
            if (outcome.remission().available()) {
                remissionKnown++;
                remitters += outcome.remission().met() ? 1 : 0;
            }
        }
        return new GroupOutcomes(attended, expected, responders, responseKnown, remitters, remissionKnown);
    }

    /** Attendance as a whole percentage, or -1 before the first session. */
    public int attendancePercent() {
        return expectedAttendances == 0 ? -1 : Math.round(100f * attendances / expectedAttendances);
    }
}
