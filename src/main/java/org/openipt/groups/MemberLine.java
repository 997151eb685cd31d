package org.openipt.groups;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentOutcome;

/**
 * One member on the group page: who, their age, how each recorded session went for them (present, missed, or not
 * yet a member: {@code null}) and their check-in scores' outcome by the course outcome rules.
 */
public record MemberLine(GroupMember member, String name, @Nullable Integer age, List<@Nullable Boolean> attendance,
        InstrumentOutcome outcome) {

    public long attended() {
        return attendance.stream().filter(Boolean.TRUE::equals).count();
    }

    public long missed() {
        return attendance.stream().filter(Boolean.FALSE::equals).count();
    }
}
