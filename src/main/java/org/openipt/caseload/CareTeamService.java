package org.openipt.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.internal.CareTeamMembership;
import org.openipt.caseload.internal.CareTeamMembershipRepository;
import org.openipt.caseload.internal.Client;
import org.openipt.caseload.internal.ClientRepository;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.shared.Conflicts;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's care team: who is on it, the handover to another responsible clinician, and co-clinicians joining and
 * leaving. A clinician on the team or an administrator of the organisation manages it (an administrator sees only
 * names and days, never the record); a supervisor of a member reads it. Every change is audited on the client as
 * {@value #CARE_TEAM} — so the client's course history shows it — and published as {@link CareTeamChanged}.
 */
@Service
@Transactional
public class CareTeamService {

    public static final String CARE_TEAM = "CARE_TEAM";

    private final ClientRepository clients;
    private final CareTeamMembershipRepository memberships;
    private final ClientAccessResolver access;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CareTeamService(ClientRepository clients, CareTeamMembershipRepository memberships, ClientAccessResolver access,
            IdentityService identity, AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
        this.clients = clients;
        this.memberships = memberships;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The care team, with its history; audited as read. */
    public CareTeam careTeam(CurrentUser user, ClientId id) {
        Client client = visible(user, id);
        List<UserSummary> clinicians = identity.usersWithRole(user.organisationId(), Role.CLINICIAN);
        Map<UserId, String> names = new java.util.HashMap<>();
        clinicians.forEach(c -> names.put(c.id(), c.displayName()));
        List<CareTeamMember> team = access.team(client.getId(), names);
        Set<UserId> unnamed = new HashSet<>();
        team.stream().filter(m -> m.clinicianName() == null).forEach(m -> unnamed.add(m.clinicianId()));
        if (!unnamed.isEmpty()) {
            names.putAll(identity.displayNames(unnamed));
            team = access.team(client.getId(), names);
        }
        audit.record(user, id, AuditAction.READ, CARE_TEAM, id, null);
        List<CareTeamMember> active = team.stream().filter(CareTeamMember::active)
                .sorted(Comparator.comparing((CareTeamMember m) -> !m.responsible())
                        .thenComparing(CareTeamMember::startedOn))
                .toList();
        List<CareTeamMember> ended = team.stream().filter(m -> !m.active())
                .sorted(Comparator.comparing((CareTeamMember m) -> Objects.requireNonNull(m.endedOn()))).toList();
        List<CareTeam.Colleague> colleagues = clinicians.stream().filter(UserSummary::enabled)
                .map(c -> new CareTeam.Colleague(c.id(), c.displayName()))
                .sorted(Comparator.comparing(CareTeam.Colleague::name)).toList();
        return new CareTeam(id, client.getDisplayName(), active, ended, colleagues, mayManage(user, client));
    }

    /**
     * Hands the client over to another clinician of the organisation from {@code on}: the former responsible
     * clinician's membership ends (and with it their access), the new one's begins; a co-clinician who takes over
     * stops being a co-clinician. {@code seenResponsible} is the responsible membership the person saw: when another
     * handover came first, this one is a conflict rather than a silent second change.
     */
    public void handOver(CurrentUser user, ClientId id, UserId to, @Nullable String reason, @Nullable LocalDate on,
            @Nullable MembershipId seenResponsible) {
        Client client = managed(user, id);
        List<CareTeamMembership> team = memberships.findByClient(client.getId());
        List<CareTeamMember> members = team.stream().map(m -> ClientAccessResolver.member(m, Map.of())).toList();
        CareTeamMember current = CareTeamRules.responsible(members).orElse(null);
        if (current != null && seenResponsible != null && !current.id().equals(seenResponsible)) {
            throw new OptimisticLockingFailureException("the care team changed");
        }
        LocalDate today = today(user);
        String why = Text.clean(reason);
        RuleViolation.throwIfAny(CareTeamRules.handoverProblems(members, to, isClinician(user, to), why, on, today));
        LocalDate day = Objects.requireNonNull(on);
        for (CareTeamMembership membership : team) {
            boolean leaving = membership.active() && (membership.getKind() == MembershipKind.RESPONSIBLE_CLINICIAN
                    || membership.getClinicianId().equals(to.value()));
            if (leaving) {
                membership.end(day, why, user.id().value());
                save(membership);
            }
        }
        save(CareTeamMembership.begin(client.getOrganisationId(), client.getId(), to.value(),
                MembershipKind.RESPONSIBLE_CLINICIAN, day, why, user.id().value(), clock.instant()));
        Map<UserId, String> names = identity.displayNames(current == null ? Set.of(to) : Set.of(to,
                current.clinicianId()));
        audit.record(user, id, AuditAction.UPDATE, CARE_TEAM, id, AuditEntry.detail("history.handedOver",
                current == null ? "—" : names.get(current.clinicianId()), names.get(to), day));
        events.publishEvent(new CareTeamChanged(user.organisationId(), id, CareTeamChanged.Change.HANDED_OVER,
                current == null ? null : current.clinicianId(), to, day));
    }

    /** A clinician of the organisation joins the team as a co-clinician (or, for groups, a facilitator). */
    public MembershipId addMember(CurrentUser user, ClientId id, UserId clinician, MembershipKind kind,
            @Nullable String reason, @Nullable LocalDate on) {
        if (kind == MembershipKind.RESPONSIBLE_CLINICIAN) {
            throw new RuleViolation("careTeam.kind.handoverInstead");
        }
        Client client = managed(user, id);
        List<CareTeamMember> members = access.team(client.getId(), Map.of());
        String why = Text.clean(reason);
        RuleViolation.throwIfAny(CareTeamRules.additionProblems(members, clinician, isClinician(user, clinician),
                why, on, today(user)));
        LocalDate day = Objects.requireNonNull(on);
        CareTeamMembership membership = save(CareTeamMembership.begin(client.getOrganisationId(), client.getId(),
                clinician.value(), kind, day, why, user.id().value(), clock.instant()));
        audit.record(user, id, AuditAction.UPDATE, CARE_TEAM, id, AuditEntry.detail("history.joined." + kind,
                identity.displayNames(Set.of(clinician)).get(clinician), day));
        events.publishEvent(new CareTeamChanged(user.organisationId(), id, CareTeamChanged.Change.JOINED, null,
                clinician, day));
        return new MembershipId(membership.getId());
    }

    /** A co-clinician's (or facilitator's) membership ends; the responsible clinician changes only by a handover. */
    public void endMembership(CurrentUser user, ClientId id, MembershipId membershipId, @Nullable String reason,
            @Nullable LocalDate on, long version) {
        Client client = managed(user, id);
        CareTeamMembership membership = memberships.findById(membershipId.value())
                .filter(m -> m.getClientId().equals(client.getId()))
                .orElseThrow(() -> new NotFoundException("membership"));
        if (membership.getVersion() != version) {
            throw new OptimisticLockingFailureException("the membership changed");
        }
        String why = Text.clean(reason);
        RuleViolation.throwIfAny(CareTeamRules.endingProblems(ClientAccessResolver.member(membership, Map.of()),
                why, on, today(user)));
        LocalDate day = Objects.requireNonNull(on);
        membership.end(day, why, user.id().value());
        save(membership);
        UserId clinician = new UserId(membership.getClinicianId());
        audit.record(user, id, AuditAction.UPDATE, CARE_TEAM, id, AuditEntry.detail("history.left." +
                membership.getKind(), identity.displayNames(Set.of(clinician)).get(clinician), day));
        events.publishEvent(new CareTeamChanged(user.organisationId(), id, CareTeamChanged.Change.LEFT, clinician,
                null, day));
    }

    /** Whether the person may change the care team: a clinician on it, or an administrator of the organisation. */
    private boolean mayManage(CurrentUser user, Client client) {
        return user.role() == Role.ADMIN || access.accessTo(user, client).mayChange();
    }

    private Client visible(CurrentUser user, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), user.organisationId().value())
                .filter(c -> user.role() == Role.ADMIN || access.accessTo(user, c).maySee())
                .orElseThrow(() -> denied(user, id, AuditAction.READ));
    }

    private Client managed(CurrentUser user, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), user.organisationId().value())
                .filter(c -> mayManage(user, c))
                .orElseThrow(() -> denied(user, id, AuditAction.UPDATE));
    }

    private NotFoundException denied(CurrentUser user, ClientId id, AuditAction action) {
        audit.recordDenied(user, action, CARE_TEAM, id);
        return new NotFoundException("client");
    }

    private boolean isClinician(CurrentUser user, UserId candidate) {
        return identity.usersWithRole(user.organisationId(), Role.CLINICIAN).stream()
                .anyMatch(c -> c.id().equals(candidate) && c.enabled());
    }

    /**
     * Saves a membership; the database's constraints and row versions turn a second handover at the same moment into
     * a conflict the person sees.
     */
    private CareTeamMembership save(CareTeamMembership membership) {
        return Conflicts.savedOrConflict("the care team", () -> memberships.save(membership));
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
