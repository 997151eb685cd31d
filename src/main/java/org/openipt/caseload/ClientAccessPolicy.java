package org.openipt.caseload;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.UserId;

/**
 * The one answer to "may this person see or change this client's record?", as a pure rule. Nobody reaches another
 * organisation. A clinician on the client's care team — responsible clinician, co-clinician or group facilitator,
 * while the membership is active — reads and changes the record; a supervisor reads the records of the clients of
 * the clinicians they supervise; a client reads only their own; an administrator reads no clinical record. A
 * clinician outside the team reads the record, and only reads it, while an emergency access of theirs to this client
 * lasts.
 */
public final class ClientAccessPolicy {

    private ClientAccessPolicy() {
    }

    /** The facts about a client the rule looks at: its organisation, its own account and its care team. */
    public record ClientFacts(ClientId id, OrganisationId organisationId, @Nullable UserId account,
            Collection<CareTeamMember> careTeam) {
    }

    /**
     * @param supervised the clinicians the person supervises (empty for anyone but a supervisor)
     * @param emergencies the person's emergency accesses to this client (expired ones are ignored)
     */
    public static ClientAccess decide(CurrentUser user, ClientFacts client, Set<UserId> supervised,
            Collection<EmergencyAccess> emergencies, Instant now) {
        if (!user.organisationId().equals(client.organisationId())) {
            return ClientAccess.NONE;
        }
        return switch (user.role()) {
            case CLINICIAN -> onTeam(user.id(), client) ? ClientAccess.CHANGE
                    : emergencyOf(user.id(), client, emergencies, now).map(ClientAccess::emergency)
                            .orElse(ClientAccess.NONE);
            case SUPERVISOR -> client.careTeam().stream().filter(CareTeamMember::active)
                    .anyMatch(member -> supervised.contains(member.clinicianId())) ? ClientAccess.READ
                            : ClientAccess.NONE;
            case CLIENT -> user.id().equals(client.account()) ? ClientAccess.READ : ClientAccess.NONE;
            case ADMIN -> ClientAccess.NONE;
        };
    }

    private static boolean onTeam(UserId clinician, ClientFacts client) {
        return client.careTeam().stream().anyMatch(member -> member.active() && member.clinicianId().equals(clinician));
    }

    private static Optional<EmergencyAccess> emergencyOf(UserId clinician, ClientFacts client,
            Collection<EmergencyAccess> emergencies, Instant now) {
        return emergencies.stream().filter(grant -> grant.clinicianId().equals(clinician))
                .filter(grant -> grant.clientId().equals(client.id())).filter(grant -> grant.validAt(now))
                .max(java.util.Comparator.comparing(EmergencyAccess::expiresAt));
    }
}
