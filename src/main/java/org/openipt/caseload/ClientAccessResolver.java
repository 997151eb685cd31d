package org.openipt.caseload;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.audit.AuditTrail;
import org.openipt.caseload.internal.CareTeamMembership;
import org.openipt.caseload.internal.CareTeamMembershipRepository;
import org.openipt.caseload.internal.Client;
import org.openipt.caseload.internal.EmergencyAccessRepository;
import org.openipt.caseload.internal.EmergencyAccessRow;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Gathers what {@link ClientAccessPolicy} looks at for one client and one person — the care team, the clinicians the
 * person supervises, their emergency accesses (asked only when nothing else lets them in) — and applies it. When the
 * answer rests on an emergency access, the rest of the request is marked: its audit rows carry the access, and its
 * page shows the banner.
 */
@Component
class ClientAccessResolver {

    private final CareTeamMembershipRepository memberships;
    private final EmergencyAccessRepository emergencies;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final Clock clock;

    ClientAccessResolver(CareTeamMembershipRepository memberships, EmergencyAccessRepository emergencies,
            IdentityService identity, AuditTrail audit, Clock clock) {
        this.memberships = memberships;
        this.emergencies = emergencies;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    ClientAccess accessTo(CurrentUser user, Client client) {
        ClientAccessPolicy.ClientFacts facts = factsOf(client);
        Set<UserId> supervised = user.role() == Role.SUPERVISOR ? identity.teamOf(user.id()) : Set.of();
        Instant now = clock.instant();
        ClientAccess access = ClientAccessPolicy.decide(user, facts, supervised, List.of(), now);
        if (access.maySee() || user.role() != Role.CLINICIAN
                || !user.organisationId().equals(facts.organisationId())) {
            return access;
        }
        List<EmergencyAccess> lasting = emergencies.findLasting(user.id().value(), client.getId(), now).stream()
                .map(ClientAccessResolver::emergencyAccess).toList();
        access = ClientAccessPolicy.decide(user, facts, supervised, lasting, now);
        EmergencyAccess grant = access.emergency();
        if (grant != null) {
            audit.markEmergencyAccess(facts.id(), grant.id());
            RequestAttributes request = RequestContextHolder.getRequestAttributes();
            if (request != null) {
                request.setAttribute(EmergencyAccess.REQUEST_ATTRIBUTE, grant, RequestAttributes.SCOPE_REQUEST);
            }
        }
        return access;
    }

    /**
     * What the user may do with each of these clients, in a fixed number of statements whatever their number. Only
     * the ordinary rule: a clinician reaching a client through an emergency access goes through the one-client path.
     */
    Map<UUID, ClientAccess> accessTo(CurrentUser user, Collection<Client> clients) {
        if (clients.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<CareTeamMember>> teams = new java.util.HashMap<>();
        memberships.findByClients(clients.stream().map(Client::getId).toList()).forEach(m -> teams
                .computeIfAbsent(m.getClientId(), k -> new java.util.ArrayList<>()).add(member(m, Map.of())));
        Set<UserId> supervised = user.role() == Role.SUPERVISOR ? identity.teamOf(user.id()) : Set.of();
        Instant now = clock.instant();
        Map<UUID, ClientAccess> access = new java.util.HashMap<>();
        for (Client client : clients) {
            ClientAccessPolicy.ClientFacts facts = new ClientAccessPolicy.ClientFacts(new ClientId(client.getId()),
                    new OrganisationId(client.getOrganisationId()),
                    client.getUserAccountId() == null ? null : new UserId(client.getUserAccountId()),
                    teams.getOrDefault(client.getId(), List.of()));
            access.put(client.getId(), ClientAccessPolicy.decide(user, facts, supervised, List.of(), now));
        }
        return access;
    }

    ClientAccessPolicy.ClientFacts factsOf(Client client) {
        return new ClientAccessPolicy.ClientFacts(new ClientId(client.getId()),
                new OrganisationId(client.getOrganisationId()),
                client.getUserAccountId() == null ? null : new UserId(client.getUserAccountId()),
                team(client.getId(), Map.of()));
    }

    /** Every membership of the client's team, active and ended, named from {@code names} where known. */
    List<CareTeamMember> team(UUID clientId, Map<UserId, String> names) {
        return memberships.findByClient(clientId).stream().map(m -> member(m, names)).toList();
    }

    /**
     * For each client, the clinician of {@code team} who holds their care: the responsible clinician when in the team,
     * else the first active member of the team; one statement.
     */
    Map<UUID, UserId> counsellorsOf(Collection<UUID> clientIds, Set<UUID> team) {
        Map<UUID, UserId> counsellors = new java.util.HashMap<>();
        if (clientIds.isEmpty()) {
            return counsellors;
        }
        for (CareTeamMembership m : memberships.findByClients(clientIds)) {
            if (!m.active() || !team.contains(m.getClinicianId())) {
                continue;
            }
            if (m.getKind() == MembershipKind.RESPONSIBLE_CLINICIAN || !counsellors.containsKey(m.getClientId())) {
                counsellors.put(m.getClientId(), new UserId(m.getClinicianId()));
            }
        }
        return counsellors;
    }

    /** The responsible clinician of each of these clients that has one. */
    Map<UUID, UserId> responsibleOf(Collection<UUID> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return memberships.findResponsibleOf(clientIds).stream().collect(Collectors.toMap(
                CareTeamMembership::getClientId, m -> new UserId(m.getClinicianId()), (a, b) -> a));
    }

    Optional<UserId> responsibleOf(UUID clientId) {
        return Optional.ofNullable(responsibleOf(Set.of(clientId)).get(clientId));
    }

    static CareTeamMember member(CareTeamMembership m, Map<UserId, String> names) {
        UserId clinician = new UserId(m.getClinicianId());
        return new CareTeamMember(new MembershipId(m.getId()), clinician, names.get(clinician), m.getKind(),
                m.getStartedOn(), m.getStartReason(), m.getEndedOn(), m.getEndReason(), m.getVersion());
    }

    static EmergencyAccess emergencyAccess(EmergencyAccessRow row) {
        return new EmergencyAccess(new EmergencyAccessId(row.getId()), new ClientId(row.getClientId()),
                new UserId(row.getClinicianId()), row.getReason(), row.getStartedAt(), row.getExpiresAt());
    }
}
