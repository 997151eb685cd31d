package org.openipt.caseload;

import java.util.List;
import java.util.Optional;

/**
 * A client's care team as its page shows it: the active members (the responsible clinician first) and the ended
 * memberships, newest last; the clinicians of the organisation who could join it; whether the reader may change it.
 */
public record CareTeam(ClientId clientId, String clientName, List<CareTeamMember> members, List<CareTeamMember> ended,
        List<Colleague> clinicians, boolean mayManage) {

    public CareTeam {
        members = List.copyOf(members);
        ended = List.copyOf(ended);
        clinicians = List.copyOf(clinicians);
    }

    /** A clinician of the organisation, by name. */
    public record Colleague(org.openipt.identity.UserId id, String name) {
    }

    public Optional<CareTeamMember> responsible() {
        return CareTeamRules.responsible(members);
    }

    /** The clinicians who could take the client over: everyone but the responsible clinician. */
    public List<Colleague> successors() {
        return clinicians.stream().filter(c -> responsible().map(r -> !r.clinicianId().equals(c.id())).orElse(true))
                .toList();
    }

    /** The clinicians who could join the team: everyone not on it now. */
    public List<Colleague> joiners() {
        return clinicians.stream().filter(c -> members.stream().noneMatch(m -> m.clinicianId().equals(c.id())))
                .toList();
    }
}
