package org.openipt.groups;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.openipt.formulation.ProblemArea;
import org.openipt.inventory.RelationshipFields;

/**
 * What makes a pre-group session record sound: held by now, an onset not in the future and with its severity, the
 * problem area chosen (and a disagreement's stage), a small circle of named people, a goal within its length. Pure.
 */
public final class PreGroupRules {

    /** A month before this is a typing mistake, not an onset. */
    public static final int EARLIEST_ONSET_YEAR = 1900;

    private PreGroupRules() {
    }

    public static List<String> problemsWith(PreGroupEntry entry, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (entry.mode() == null) {
            problems.add("preGroup.mode.required");
        }
        if (entry.heldAt().toLocalDate().isAfter(today)) {
            problems.add("preGroup.when.future");
        }
        if (entry.onset() != null && entry.onset().isAfter(YearMonth.from(today))) {
            problems.add("preGroup.onset.future");
        }
        else if (entry.onset() != null && entry.onset().getYear() < EARLIEST_ONSET_YEAR) {
            problems.add("preGroup.onset.tooEarly");
        }
        if (entry.heldAt().toLocalDate().isBefore(today.minusYears(1))) {
            problems.add("preGroup.when.tooEarly");
        }
        if (entry.onset() != null && entry.severity() == null) {
            problems.add("preGroup.severity.required");
        }
        if (entry.whatWasHappening() != null && entry.whatWasHappening().length() > GroupSessionRules.TEXT_LENGTH) {
            problems.add("groupSession.text.tooLong");
        }
        if (entry.area() == null) {
            problems.add("preGroup.area.required");
        }
        else if (entry.area() == ProblemArea.ROLE_DISPUTE && entry.disputeStage() == null) {
            problems.add("preGroup.stage.required");
        }
        if (entry.people().size() > PreGroupEntry.MOST_PEOPLE) {
            problems.add("preGroup.people.tooMany");
        }
        if (entry.people().stream().anyMatch(p -> p.name().isBlank()
                || p.name().length() > RelationshipFields.ALIAS_LENGTH)) {
            problems.add("preGroup.people.name");
        }
        if (entry.goal() != null && entry.goal().length() > PreGroupEntry.GOAL_LENGTH) {
            problems.add("preGroup.goal.tooLong");
        }
        return problems;
    }
}
