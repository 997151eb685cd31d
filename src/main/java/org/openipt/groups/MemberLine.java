package org.openipt.groups;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentOutcome;

/**
 * One member on the group page: who, their age, how each recorded session went for them and their check-in scores'
 * outcome by the course outcome rules.
 */
public record MemberLine(GroupMember member, String name, @Nullable Integer age, List<Mark> attendance,
        InstrumentOutcome outcome) {

    /** A member at one group session: there, missed, missed and made up in an individual session, or not yet in. */
    public enum Mark {
        PRESENT, MISSED, MADE_UP, NOT_A_MEMBER
    }

    public long attended() {
        return attendance.stream().filter(m -> m == Mark.PRESENT).count();
    }

    /** Group sessions missed, made up or not. */
    public long missed() {
        return attendance.stream().filter(m -> m == Mark.MISSED || m == Mark.MADE_UP).count();
    }

    public long madeUp() {
        return attendance.stream().filter(m -> m == Mark.MADE_UP).count();
    }
}
