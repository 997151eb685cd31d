package org.openipt.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clients and caseloads. Every method checks {@link ClientAccessPolicy} (through the client's care team) and writes
 * the audit trail.
 */
@Service
@Transactional
public class CaseloadService {

    private static final String CLIENT = "CLIENT";

    private final ClientRepository clients;
    private final CareTeamMembershipRepository memberships;
    private final ClientAccessResolver access;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final List<ClientStatusProvider> statusProviders;
    private final List<CaseloadAlertProvider> alertProviders;
    private final List<ClientIndicatorProvider> indicatorProviders;
    private final Clock clock;

    CaseloadService(ClientRepository clients, CareTeamMembershipRepository memberships, ClientAccessResolver access,
            IdentityService identity, AuditTrail audit, List<ClientStatusProvider> statusProviders,
            List<CaseloadAlertProvider> alertProviders, List<ClientIndicatorProvider> indicatorProviders,
            Clock clock) {
        this.clients = clients;
        this.memberships = memberships;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
        this.statusProviders = statusProviders;
        this.alertProviders = List.copyOf(alertProviders);
        this.indicatorProviders = List.copyOf(indicatorProviders);
        this.clock = clock;
    }

    /** A clinician registers a client, whose responsible clinician they then are. */
    public ClientId register(CurrentUser clinician, ClientFields fields) {
        if (clinician.role() != Role.CLINICIAN) {
            throw new AccessDeniedException("only clinicians register clients");
        }
        validate(fields);
        Client client = clients.save(Client.register(clinician.organisationId().value(), fields, clock.instant()));
        memberships.save(CareTeamMembership.begin(client.getOrganisationId(), client.getId(), clinician.id().value(),
                MembershipKind.RESPONSIBLE_CLINICIAN, LocalDate.now(clock.withZone(clinician.timeZone())), null,
                clinician.id().value(), clock.instant()));
        audit.record(clinician, idOf(client), AuditAction.CREATE, CLIENT, idOf(client), null);
        return new ClientId(client.getId());
    }

    public void change(CurrentUser user, ClientId id, ClientFields fields, long version) {
        Client client = loadForChange(user, id);
        validate(fields);
        client.expectVersion(version);
        client.change(fields);
        clients.save(client);
        audit.record(user, idOf(client), AuditAction.UPDATE, CLIENT, idOf(client),
                AuditEntry.detail("history.clientChanged"));
    }

    @Transactional
    public ClientDetails client(CurrentUser user, ClientId id) {
        Client client = loadForReading(user, id);
        audit.record(user, idOf(client), AuditAction.READ, CLIENT, idOf(client), null);
        return details(client);
    }

    /**
     * The clients of a list (a group's members) that the user may see, each audited as read, in a fixed number of
     * statements whatever the list's length; clients the user may not see are left out.
     */
    @Transactional
    public Map<ClientId, ClientDetails> clients(CurrentUser user, Collection<ClientId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Client> found = clients.findAllById(ids.stream().map(ClientId::value).toList()).stream()
                .filter(c -> c.getOrganisationId().equals(user.organisationId().value())).toList();
        Map<UUID, ClientAccess> allowed = access.accessTo(user, found);
        List<Client> visible = found.stream().filter(c -> allowed.get(c.getId()).maySee()).toList();
        Map<UUID, UserId> responsible = access.responsibleOf(visible.stream().map(Client::getId).toList());
        Map<UserId, String> names = identity.displayNames(Set.copyOf(responsible.values()));
        Map<ClientId, ClientDetails> details = new java.util.LinkedHashMap<>();
        for (Client c : visible) {
            UserId clinician = responsible.get(c.getId());
            details.put(idOf(c), new ClientDetails(idOf(c), c.getDisplayName(), c.getBirthYear(), c.getEmail(),
                    c.getPreferredLanguage(), c.getExternalRecordNumber(), clinician,
                    clinician == null ? null : names.get(clinician), c.getCreatedAt(), c.getVersion()));
            audit.record(user, idOf(c), AuditAction.READ, CLIENT, idOf(c), null);
        }
        return details;
    }

    /**
     * Every client of a supervisor's team — a client whose active care team holds a clinician they supervise — with
     * that counsellor (the responsible clinician when supervised, else the first supervised member), in a fixed
     * number of statements whatever the team's size, for the supervisor's dashboard. No audit row: the dashboard
     * audits the lines it shows.
     */
    @Transactional(readOnly = true)
    public List<TeamClient> teamClients(CurrentUser supervisor) {
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new AccessDeniedException("supervisors only");
        }
        Set<UUID> team = identity.teamOf(supervisor.id()).stream().map(UserId::value).collect(Collectors.toSet());
        if (team.isEmpty()) {
            return List.of();
        }
        List<Client> rows = clients.findForClinicians(supervisor.organisationId().value(), team, "", "%",
                Integer.MAX_VALUE, 0);
        Map<UUID, UserId> counsellors = access.counsellorsOf(rows.stream().map(Client::getId).toList(), team);
        return rows.stream().filter(c -> counsellors.containsKey(c.getId()))
                .map(c -> new TeamClient(idOf(c), c.getDisplayName(), counsellors.get(c.getId()))).toList();
    }

    /** Throws {@link NotFoundException} unless the user may see the client; writes no audit row itself. */
    @Transactional(readOnly = true)
    public void requireVisible(CurrentUser user, ClientId id) {
        loadForReading(user, id);
    }

    /** Throws {@link NotFoundException} unless the user may change the client's record. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, ClientId id) {
        loadForChange(user, id);
    }

    /** Whether the user may change the client's record; a question, so nothing is refused or audited. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), user.organisationId().value())
                .filter(c -> access.accessTo(user, c).mayChange()).isPresent();
    }

    /**
     * The clinician responsible for a client of the organisation (the responsible clinician of its care team), for
     * work the system does without a request, such as e-mail notifications. Returns no client details and writes no
     * audit row; empty when the client is unknown there or has no responsible clinician.
     */
    @Transactional(readOnly = true)
    public Optional<UserId> responsibleClinician(OrganisationId organisation, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), organisation.value())
                .flatMap(c -> access.responsibleOf(c.getId()));
    }

    /**
     * The client's own portal account, for work the system does without a request (reminders to the client). No
     * client details, no audit row; empty when the client is unknown there or has no account.
     */
    @Transactional(readOnly = true)
    public Optional<UserId> portalAccountOf(OrganisationId organisation, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), organisation.value())
                .map(Client::getUserAccountId).map(UserId::new);
    }

    /**
     * The caseload: the clients whose care team a clinician is on, a supervisor's team's clients; paged and
     * searchable.
     */
    @Transactional
    public ResultPage<CaseloadEntry> caseload(CurrentUser user, String search, PageRequestParams page) {
        Set<UUID> clinicians = switch (user.role()) {
            case CLINICIAN -> Set.of(user.id().value());
            case SUPERVISOR -> identity.teamOf(user.id()).stream().map(UserId::value).collect(Collectors.toSet());
            case ADMIN, CLIENT -> throw new AccessDeniedException("no caseload");
        };
        if (clinicians.isEmpty()) {
            return new ResultPage<>(List.of(), page.page(), page.size(), 0);
        }
        UUID organisation = user.organisationId().value();
        String term = search.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + term.replace("%", "").replace("_", "") + "%";
        List<Client> rows = clients.findForClinicians(organisation, clinicians, term, pattern, page.size(),
                page.offset());
        long total = clients.countForClinicians(organisation, clinicians, term, pattern);
        rows.forEach(c -> audit.record(user, idOf(c), AuditAction.READ, "CASELOAD_ENTRY", idOf(c), null));
        return new ResultPage<>(entries(user, rows), page.page(), page.size(), total);
    }

    /**
     * The alerts about the clients of the caseload (all of them, not one page), oldest first and the urgent ones
     * before the others: for a clinician their own clients, for a supervisor their team's. Each client with an
     * alert is audited as read, as a caseload line is.
     */
    @Transactional
    public List<ClientAlert> alerts(CurrentUser user) {
        Set<UUID> clinicians = switch (user.role()) {
            case CLINICIAN -> Set.of(user.id().value());
            case SUPERVISOR -> identity.teamOf(user.id()).stream().map(UserId::value).collect(Collectors.toSet());
            case ADMIN, CLIENT -> Set.of();
        };
        if (clinicians.isEmpty() || alertProviders.isEmpty()) {
            return List.of();
        }
        List<ClientId> ids = clients.findIdsForClinicians(user.organisationId().value(), clinicians).stream()
                .map(ClientId::new).toList();
        List<CaseloadAlert> raised = alertProviders.stream()
                .flatMap(provider -> provider.alertsFor(user.organisationId(), ids).stream())
                .sorted(java.util.Comparator.comparing((CaseloadAlert a) -> !a.urgent())
                        .thenComparing(CaseloadAlert::since))
                .toList();
        if (raised.isEmpty()) {
            return List.of();
        }
        Map<UUID, Client> alerted = new java.util.HashMap<>();
        clients.findAllById(raised.stream().map(a -> a.clientId().value()).collect(Collectors.toSet()))
                .forEach(c -> alerted.put(c.getId(), c));
        Map<UUID, UserId> responsible = access.responsibleOf(alerted.keySet());
        Map<UserId, String> names = identity.displayNames(responsible.values());
        alerted.keySet().stream().map(ClientId::new)
                .forEach(id -> audit.record(user, id, AuditAction.READ, "CASELOAD_ALERT", id, null));
        return raised.stream().filter(a -> alerted.containsKey(a.clientId().value())).map(a -> {
            Client c = alerted.get(a.clientId().value());
            return new ClientAlert(a.clientId(), c.getDisplayName(), nameOf(names, responsible.get(c.getId())), a);
        }).toList();
    }

    /** The organisation's client directory for administrators: names and record numbers, no clinical data. */
    @Transactional(readOnly = true)
    public ResultPage<CaseloadEntry> directory(CurrentUser admin, String search, PageRequestParams page) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        UUID organisation = admin.organisationId().value();
        String term = search.strip().toLowerCase(Locale.ROOT);
        String pattern = "%" + term.replace("%", "").replace("_", "") + "%";
        List<Client> rows = clients.findInOrganisation(organisation, term, pattern, page.size(), page.offset());
        Map<UUID, UserId> responsible = responsibleOf(rows);
        Map<UserId, String> names = identity.displayNames(responsible.values());
        return new ResultPage<>(rows.stream().map(c -> new CaseloadEntry(new ClientId(c.getId()), c.getDisplayName(),
                c.getExternalRecordNumber(), nameOf(names, responsible.get(c.getId())), null)).toList(), page.page(),
                page.size(), clients.countInOrganisation(organisation, term, pattern));
    }

    /** An administrator's check that a client belongs to their organisation, before showing its audit trail. */
    @Transactional(readOnly = true)
    public String directoryName(CurrentUser admin, ClientId id) {
        if (admin.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
        return clients.findByIdAndOrganisationId(id.value(), admin.organisationId().value())
                .map(Client::getDisplayName).orElseThrow(() -> new NotFoundException("client"));
    }

    /** The name an erased client's record keeps, so that its audit trail still reads. */
    public static final String ERASED_NAME = "Erased client";

    /** The day an administrator erased the client's record, if it was. */
    @Transactional(readOnly = true)
    public Optional<LocalDate> erasedOn(CurrentUser admin, ClientId id) {
        directoryName(admin, id);
        return Optional.ofNullable(clients.erasedOn(id.value()));
    }

    /**
     * Erases the client's personal details (the retention module erases everything else of theirs): the row stays,
     * named {@link #ERASED_NAME}, so that the audit trail still reads. Answers the portal account the record was
     * linked to, now unlinked, for identity to erase.
     */
    public Optional<UserId> eraseDetails(CurrentUser admin, ClientId id, LocalDate on) {
        directoryName(admin, id);
        Optional<UserId> account = clients.findById(id.value()).map(Client::getUserAccountId).map(UserId::new);
        clients.erase(id.value(), admin.organisationId().value(), ERASED_NAME, ERASED_NAME.toLowerCase(Locale.ROOT),
                on);
        return account;
    }

    /** The client record linked to a client's own account. */
    @Transactional(readOnly = true)
    public ClientId ownRecord(CurrentUser client) {
        return clients.findByUserAccountId(client.id().value()).filter(c -> client.role() == Role.CLIENT)
                .map(c -> new ClientId(c.getId())).orElseThrow(() -> new NotFoundException("client"));
    }

    /** Links a client's sign-in account to their record (the demo and, later, invitations use it). */
    public void linkAccount(CurrentUser clinician, ClientId id, UserId account) {
        Client client = loadForChange(clinician, id);
        client.linkAccount(account.value());
        clients.save(client);
        audit.record(clinician, idOf(client), AuditAction.UPDATE, CLIENT, idOf(client),
                AuditEntry.detail("history.accountLinked"));
    }

    /** The client, if the user may see them; otherwise the refusal is audited and the client is not found. */
    Client loadForReading(CurrentUser user, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), user.organisationId().value())
                .filter(c -> access.accessTo(user, c).maySee())
                .orElseThrow(() -> denied(user, id, AuditAction.READ));
    }

    /** The client, if the user may change the record; otherwise the refusal is audited and the client is not found. */
    Client loadForChange(CurrentUser user, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), user.organisationId().value())
                .filter(c -> access.accessTo(user, c).mayChange())
                .orElseThrow(() -> denied(user, id, AuditAction.UPDATE));
    }

    /** A refusal: in the client's own trail when the client is of the user's organisation, else the user's. */
    private NotFoundException denied(CurrentUser user, ClientId id, AuditAction action) {
        if (clients.existsByIdAndOrganisationId(id.value(), user.organisationId().value())) {
            audit.recordDeniedOnClient(user, action, CLIENT, id);
        }
        else {
            audit.recordDenied(user, action, CLIENT, id);
        }
        return new NotFoundException("client");
    }

    private List<CaseloadEntry> entries(CurrentUser user, List<Client> rows) {
        Map<UUID, UserId> responsible = responsibleOf(rows);
        Map<UserId, String> names = identity.displayNames(responsible.values());
        List<ClientId> ids = rows.stream().map(c -> new ClientId(c.getId())).toList();
        Map<ClientId, ClientStatus> statuses = statusProviders.stream()
                .flatMap(p -> p.statusOf(user.organisationId(), ids).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a));
        Map<ClientId, List<ClientIndicator>> indicators = new java.util.HashMap<>();
        indicatorProviders.forEach(p -> p.indicatorsOf(user.organisationId(), ids, user.timeZone())
                .forEach((id, list) -> indicators.computeIfAbsent(id, k -> new java.util.ArrayList<>()).addAll(list)));
        return rows.stream().map(c -> new CaseloadEntry(new ClientId(c.getId()), c.getDisplayName(),
                c.getExternalRecordNumber(), nameOf(names, responsible.get(c.getId())),
                statuses.get(new ClientId(c.getId())),
                indicators.getOrDefault(new ClientId(c.getId()), List.of()))).toList();
    }

    private Map<UUID, UserId> responsibleOf(Collection<Client> rows) {
        return access.responsibleOf(rows.stream().map(Client::getId).toList());
    }

    private static @Nullable String nameOf(Map<UserId, String> names, @Nullable UserId clinician) {
        return clinician == null ? null : names.get(clinician);
    }

    private ClientDetails details(Client c) {
        UserId clinician = access.responsibleOf(c.getId()).orElse(null);
        return new ClientDetails(new ClientId(c.getId()), c.getDisplayName(), c.getBirthYear(), c.getEmail(),
                c.getPreferredLanguage(), c.getExternalRecordNumber(), clinician,
                clinician == null ? null : identity.displayNames(Set.of(clinician)).get(clinician),
                c.getCreatedAt(), c.getVersion());
    }

    private static ClientId idOf(Client client) {
        return new ClientId(client.getId());
    }

    private void validate(ClientFields fields) {
        if (fields.displayName().isBlank()) {
            throw new RuleViolation("client.displayName.required");
        }
        Integer year = fields.birthYear();
        int thisYear = clock.instant().atZone(java.time.ZoneOffset.UTC).getYear();
        if (year != null && (year < thisYear - 120 || year > thisYear)) {
            throw new RuleViolation("client.birthYear.range", thisYear - 120, thisYear);
        }
    }
}
