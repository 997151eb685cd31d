package org.openipt.groups;

import java.util.List;

import org.openipt.measures.InstrumentDefinition;

/**
 * A screening day's page: the day, everyone screened (newest first), the eligible not yet in a group, the groups
 * they could join (with the people each group's site and composition suggest) and the questionnaire.
 */
public record ScreeningDayPage(ScreeningDay day, List<ScreeningLine> lines, List<ScreeningLine> waiting,
        List<Group> groups, InstrumentDefinition instrument) {

    public long count(ScreeningOutcome outcome) {
        return lines.stream().filter(l -> l.outcome() == outcome).count();
    }
}
