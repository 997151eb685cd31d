package org.openipt.measures;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One instrument of a measurement schedule: its session rule and its milestones.
 *
 * @param every for {@link ScheduleRule#EVERY_N_SESSIONS}, the n (at least 2); ignored (stored as 1) otherwise
 */
public record ScheduledInstrument(String instrumentId, ScheduleRule rule, int every, Set<Milestone> milestones) {

    public ScheduledInstrument {
        milestones = milestones.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(milestones));
        if (rule != ScheduleRule.EVERY_N_SESSIONS) {
            every = 1;
        }
    }

    public static ScheduledInstrument everySession(String instrumentId, Set<Milestone> milestones) {
        return new ScheduledInstrument(instrumentId, ScheduleRule.EVERY_SESSION, 1, milestones);
    }

    public static ScheduledInstrument everyN(String instrumentId, int n, Set<Milestone> milestones) {
        return new ScheduledInstrument(instrumentId, ScheduleRule.EVERY_N_SESSIONS, n, milestones);
    }

    public static ScheduledInstrument atMilestones(String instrumentId, Set<Milestone> milestones) {
        return new ScheduledInstrument(instrumentId, ScheduleRule.MILESTONES_ONLY, 1, milestones);
    }

    /** Whether session k (1-based, among the sessions held) is one of this instrument's session occasions. */
    public boolean dueAtSession(int k) {
        return switch (rule) {
            case EVERY_SESSION -> true;
            case EVERY_N_SESSIONS -> (k - 1) % every == 0;
            case MILESTONES_ONLY -> false;
        };
    }

    /** The milestones in their natural order. */
    public List<Milestone> orderedMilestones() {
        return milestones.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(milestones));
    }

    /** What is wrong with this entry, as message keys. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (rule == ScheduleRule.EVERY_N_SESSIONS && (every < 2 || every > MeasureSchedule.MOST_SESSIONS_APART)) {
            problems.add("schedule.every.invalid");
        }
        if (rule == ScheduleRule.MILESTONES_ONLY && milestones.isEmpty()) {
            problems.add("schedule.milestones.required");
        }
        return problems;
    }
}
