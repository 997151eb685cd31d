package org.openipt.caseload;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.internal.Client;
import org.openipt.caseload.internal.ClientRepository;
import org.openipt.caseload.internal.EmergencyAccessRepository;
import org.openipt.caseload.internal.EmergencyAccessRow;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Emergency access ("break the glass"): a clinician of the organisation who is not on a client's care team opens
 * the record, read-only, after writing why, for {@code openipt.access.emergency-duration} (one hour unless set; a
 * working default, not a clinical fact). Every page of the record shows it, the responsible clinician and their
 * supervisor are told by e-mail, and administrators list every emergency access with what was done under it.
 */
@Service
@Transactional
public class EmergencyAccessService {

    public static final String EMERGENCY_ACCESS = "EMERGENCY_ACCESS";
    public static final int REASON_LENGTH = 1000;
    /** The shortest search a clinician may make for a client outside their care teams. */
    public static final int SHORTEST_SEARCH = 3;
    private static final int SEARCH_RESULTS = 20;

    private final ClientRepository clients;
    private final EmergencyAccessRepository accesses;
    private final ClientAccessResolver access;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration duration;

    EmergencyAccessService(ClientRepository clients, EmergencyAccessRepository accesses, ClientAccessResolver access,
            IdentityService identity, AuditTrail audit, ApplicationEventPublisher events, Clock clock,
            @Value("${openipt.access.emergency-duration:PT1H}") Duration duration) {
        this.clients = clients;
        this.accesses = accesses;
        this.access = access;
        this.identity = identity;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.duration = duration;
    }

    public Duration duration() {
        return duration;
    }

    /** A client found by name or record number, as a clinician looking for emergency access sees them. */
    public record Candidate(ClientId id, String displayName, @Nullable String externalRecordNumber,
            boolean onYourTeam) {
    }

    /**
     * The clients of the organisation whose name or record number contains {@code search} (at least
     * {@value #SHORTEST_SEARCH} characters; at most 20 answers), for a clinician who needs emergency access: names
     * and record numbers only. Audited as a search, with each client found.
     */
    @Transactional
    public List<Candidate> search(CurrentUser clinician, String search) {
        requireClinician(clinician);
        String term = search.strip().toLowerCase(Locale.ROOT);
        if (term.length() < SHORTEST_SEARCH) {
            return List.of();
        }
        String pattern = "%" + term.replace("%", "").replace("_", "") + "%";
        List<Client> found = clients.findInOrganisation(clinician.organisationId().value(), term, pattern,
                SEARCH_RESULTS, 0);
        return found.stream().map(c -> {
            ClientId id = new ClientId(c.getId());
            audit.record(clinician, id, AuditAction.READ, "EMERGENCY_ACCESS_SEARCH", id, null);
            return new Candidate(id, c.getDisplayName(), c.getExternalRecordNumber(),
                    access.accessTo(clinician, c).mayChange());
        }).toList();
    }

    /** The client's name, for the form a clinician writes their reason in. */
    @Transactional(readOnly = true)
    public String clientName(CurrentUser clinician, ClientId id) {
        requireClinician(clinician);
        return client(clinician, id).getDisplayName();
    }

    /** Opens the record to the clinician, to read, until the duration has passed. */
    public EmergencyAccess open(CurrentUser clinician, ClientId id, @Nullable String reason) {
        requireClinician(clinician);
        Client client = client(clinician, id);
        if (access.accessTo(clinician, client).mayChange()) {
            throw new RuleViolation("emergency.notNeeded");
        }
        String why = Text.clean(reason);
        if (why == null) {
            throw new RuleViolation("emergency.reason.required");
        }
        if (why.length() > REASON_LENGTH) {
            throw new RuleViolation("emergency.reason.tooLong");
        }
        Instant now = clock.instant();
        EmergencyAccessRow row = accesses.save(EmergencyAccessRow.open(client.getOrganisationId(), client.getId(),
                clinician.id().value(), why, now, now.plus(duration)));
        EmergencyAccessId accessId = new EmergencyAccessId(row.getId());
        audit.markEmergencyAccess(id, accessId);
        audit.record(clinician, id, AuditAction.CREATE, EMERGENCY_ACCESS, accessId,
                AuditEntry.detail("history.emergencyAccessOpened"));
        events.publishEvent(new EmergencyAccessOpened(clinician.organisationId(), id, accessId, clinician.id(), now,
                row.getExpiresAt()));
        return ClientAccessResolver.emergencyAccess(row);
    }

    /** One emergency access as administrators list it. */
    public record Listed(EmergencyAccessId id, ClientId clientId, String clientName, @Nullable String clinicianName,
            String reason, Instant startedAt, Instant expiresAt, boolean lasting) {
    }

    /** Every emergency access of the organisation, newest first, paged; administrators only. */
    @Transactional
    public ResultPage<Listed> list(CurrentUser admin, PageRequestParams page) {
        requireAdmin(admin);
        UUID organisation = admin.organisationId().value();
        List<EmergencyAccessRow> rows = accesses.findInOrganisation(organisation, page.size(), page.offset());
        Map<UUID, String> clientNames = clients.findAllById(rows.stream().map(EmergencyAccessRow::getClientId)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Client::getId, Client::getDisplayName,
                        (a, b) -> a, java.util.HashMap::new));
        Map<UserId, String> clinicianNames = identity.displayNames(rows.stream()
                .map(r -> new UserId(r.getClinicianId())).collect(Collectors.toSet()));
        Instant now = clock.instant();
        audit.record(admin, null, AuditAction.READ, EMERGENCY_ACCESS, null, null);
        return new ResultPage<>(rows.stream().map(r -> new Listed(new EmergencyAccessId(r.getId()),
                new ClientId(r.getClientId()), clientNames.getOrDefault(r.getClientId(), ""),
                clinicianNames.get(new UserId(r.getClinicianId())), r.getReason(), r.getStartedAt(), r.getExpiresAt(),
                now.isBefore(r.getExpiresAt()))).toList(), page.page(), page.size(),
                accesses.countByOrganisationId(organisation));
    }

    /** One emergency access with the audit rows written under it; administrators only. */
    @Transactional
    public EmergencyAccessTrail trail(CurrentUser admin, EmergencyAccessId id) {
        requireAdmin(admin);
        EmergencyAccessRow row = accesses.findById(id.value())
                .filter(r -> r.getOrganisationId().equals(admin.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("emergencyAccess"));
        ClientId clientId = new ClientId(row.getClientId());
        String clientName = clients.findById(row.getClientId()).map(Client::getDisplayName).orElse("");
        UserId clinician = new UserId(row.getClinicianId());
        String clinicianName = identity.displayNames(Set.of(clinician)).get(clinician);
        audit.record(admin, clientId, AuditAction.READ, EMERGENCY_ACCESS, id, null);
        return new EmergencyAccessTrail(new Listed(id, clientId, clientName, clinicianName, row.getReason(),
                row.getStartedAt(), row.getExpiresAt(), clock.instant().isBefore(row.getExpiresAt())),
                audit.underEmergencyAccess(admin, id));
    }

    /** An emergency access and what was done under it. */
    public record EmergencyAccessTrail(Listed access, List<AuditEntry> entries) {
    }

    private Client client(CurrentUser clinician, ClientId id) {
        return clients.findByIdAndOrganisationId(id.value(), clinician.organisationId().value())
                .orElseThrow(() -> new NotFoundException("client"));
    }

    private static void requireClinician(CurrentUser user) {
        if (user.role() != Role.CLINICIAN) {
            throw new AccessDeniedException("clinicians only");
        }
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
