package org.openipt.caseload;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.UserId;

/**
 * The rules of a care team, as message keys: a handover names another clinician of the organisation, a reason and a
 * day that is neither in the future nor before the current responsible clinician began; a co-clinician is not on the
 * team already; only a membership that is not the responsible clinician's ends by itself (the responsible clinician
 * changes by a handover, so that a client in care always has one).
 */
public final class CareTeamRules {

    public static final int REASON_LENGTH = 1000;

    private CareTeamRules() {
    }

    /** The responsible clinician's active membership, if the client has one. */
    public static Optional<CareTeamMember> responsible(Collection<CareTeamMember> team) {
        return team.stream().filter(CareTeamMember::responsible).findFirst();
    }

    public static List<String> handoverProblems(Collection<CareTeamMember> team, UserId to, boolean toIsClinician,
            @Nullable String reason, @Nullable LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>(common(toIsClinician, reason, true, on, today));
        Optional<CareTeamMember> current = responsible(team);
        if (current.isPresent() && current.get().clinicianId().equals(to)) {
            problems.add("careTeam.handover.same");
        }
        if (on != null && current.isPresent() && on.isBefore(current.get().startedOn())) {
            problems.add("careTeam.day.beforeStart");
        }
        return problems;
    }

    public static List<String> additionProblems(Collection<CareTeamMember> team, UserId clinician,
            boolean isClinician, @Nullable String reason, @Nullable LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>(common(isClinician, reason, true, on, today));
        if (team.stream().anyMatch(member -> member.active() && member.clinicianId().equals(clinician))) {
            problems.add("careTeam.member.already");
        }
        return problems;
    }

    public static List<String> endingProblems(CareTeamMember membership, @Nullable String reason,
            @Nullable LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>(common(true, reason, true, on, today));
        if (!membership.active()) {
            problems.add("careTeam.end.alreadyEnded");
        }
        else if (membership.kind() == MembershipKind.RESPONSIBLE_CLINICIAN) {
            problems.add("careTeam.end.responsible");
        }
        if (on != null && on.isBefore(membership.startedOn())) {
            problems.add("careTeam.day.beforeStart");
        }
        return problems;
    }

    private static List<String> common(boolean isClinician, @Nullable String reason, boolean reasonRequired,
            @Nullable LocalDate on, LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (!isClinician) {
            problems.add("careTeam.clinician.unknown");
        }
        if (reasonRequired && (reason == null || reason.isBlank())) {
            problems.add("careTeam.reason.required");
        }
        else if (reason != null && reason.strip().length() > REASON_LENGTH) {
            problems.add("careTeam.reason.tooLong");
        }
        if (on == null) {
            problems.add("careTeam.day.required");
        }
        else if (on.isAfter(today)) {
            problems.add("careTeam.day.future");
        }
        return problems;
    }
}
