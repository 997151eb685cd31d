package org.openipt.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.openipt.caseload.ClientId;
import org.openipt.identity.UserId;

/**
 * What makes a supervision session record sound: held by today, at least one counsellor and only the supervisor's
 * own, cases only from their team, follow-ups each with a text within its length and a due day from the session on.
 * Pure.
 */
public final class SupervisionSessionRules {

    private SupervisionSessionRules() {
    }

    public static List<String> problemsWith(SupervisionSessionEntry entry, Set<UserId> team, Set<ClientId> teamClients,
            LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (entry.heldOn().isAfter(today)) {
            problems.add("supervisionSession.heldOn.future");
        }
        if (entry.counsellors().isEmpty()) {
            problems.add("supervisionSession.counsellors.required");
        }
        else if (!team.containsAll(entry.counsellors())) {
            problems.add("supervisionSession.counsellors.notYours");
        }
        if (!teamClients.containsAll(entry.cases())) {
            problems.add("supervisionSession.cases.notYours");
        }
        if (entry.decisions() != null && entry.decisions().length() > SupervisionSessionEntry.DECISIONS_LENGTH) {
            problems.add("supervisionSession.decisions.tooLong");
        }
        for (SupervisionSessionEntry.NewFollowUp followUp : entry.followUps()) {
            if (followUp.what().isBlank() || followUp.what().length() > SupervisionSessionEntry.FOLLOW_UP_LENGTH) {
                problems.add("supervisionSession.followUp.whatInvalid");
            }
            if (followUp.dueOn() == null || followUp.dueOn().isBefore(entry.heldOn())) {
                problems.add("supervisionSession.followUp.dueInvalid");
            }
            if (followUp.about() != null && !entry.cases().contains(followUp.about())) {
                problems.add("supervisionSession.followUp.aboutInvalid");
            }
        }
        return problems.stream().distinct().toList();
    }
}
