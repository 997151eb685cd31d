package org.openipt.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.TeamClient;
import org.openipt.course.CourseOverview;
import org.openipt.course.LatestCourse;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.openipt.supervision.internal.SupervisionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervision sessions: the day, the counsellors who came, the cases discussed — each remembering how many sessions
 * its course had held, so the dashboard counts the sessions since — what was decided, and follow-ups with due days
 * that stay on the dashboard until done. For supervisors, over their own team; each case discussed is audited on
 * the client.
 */
@Service
@Transactional
public class SupervisionSessionService {

    static final String SUPERVISION_CASE = "SUPERVISION_CASE";
    public static final int CASES_SHOWN = 50;
    static final int SESSIONS_SHOWN = 20;

    private final SupervisionStore store;
    private final CaseloadService caseload;
    private final CourseOverview courses;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final Clock clock;

    SupervisionSessionService(SupervisionStore store, CaseloadService caseload, CourseOverview courses,
            IdentityService identity, AuditTrail audit, Clock clock) {
        this.store = store;
        this.caseload = caseload;
        this.courses = courses;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The supervisor's counsellors and the team's clients whose name holds {@code search} (at most 50), by name; each
     * client shown is audited as read.
     */
    public SupervisionChoices choices(CurrentUser supervisor, String search) {
        requireSupervisor(supervisor);
        String term = search.strip().toLowerCase(Locale.ROOT);
        List<TeamClient> clients = caseload.teamClients(supervisor).stream()
                .filter(c -> c.name().toLowerCase(Locale.ROOT).contains(term))
                .sorted(Comparator.comparing(TeamClient::name, String.CASE_INSENSITIVE_ORDER)).limit(CASES_SHOWN)
                .toList();
        clients.forEach(c -> audit.record(supervisor, c.id(), AuditAction.READ, SUPERVISION_CASE, c.id(), null));
        return new SupervisionChoices(team(supervisor), clients);
    }

    public UUID record(CurrentUser supervisor, SupervisionSessionEntry entry) {
        requireSupervisor(supervisor);
        SupervisionSessionEntry cleaned = new SupervisionSessionEntry(entry.heldOn(), entry.counsellors(),
                entry.cases(), Text.clean(entry.decisions()), entry.followUps().stream()
                        .map(f -> new SupervisionSessionEntry.NewFollowUp(java.util.Objects.requireNonNullElse(
                                Text.clean(f.what()), ""), f.dueOn(), f.about())).toList());
        Set<UserId> team = team(supervisor).stream().map(UserSummary::id).collect(Collectors.toSet());
        Set<ClientId> teamClients = caseload.teamClients(supervisor).stream().map(TeamClient::id)
                .collect(Collectors.toSet());
        RuleViolation.throwIfAny(SupervisionSessionRules.problemsWith(cleaned, team, teamClients,
                LocalDate.now(clock.withZone(supervisor.timeZone()))));
        Map<ClientId, LatestCourse> latest = courses.latestCourses(supervisor.organisationId(), cleaned.cases());
        Map<ClientId, Integer> held = new HashMap<>();
        cleaned.cases().forEach(client -> held.put(client, latest.containsKey(client)
                ? latest.get(client).sessionsHeld() : 0));
        UUID id = store.addSupervisionSession(supervisor.organisationId().value(), supervisor.id(), cleaned.heldOn(),
                cleaned.decisions(), cleaned.counsellors(), held, cleaned.followUps(), clock.instant());
        cleaned.cases().forEach(client -> audit.record(supervisor, client, AuditAction.UPDATE, SUPERVISION_CASE,
                client, AuditEntry.detail("history.discussedInSupervision")));
        return id;
    }

    /** The latest supervision sessions, newest first, with names. */
    public List<SupervisionSessionLine> sessions(CurrentUser supervisor) {
        requireSupervisor(supervisor);
        List<SupervisionStore.StoredSupervisionSession> stored = store.supervisionSessions(supervisor.id(),
                SESSIONS_SHOWN);
        Set<UserId> people = new HashSet<>();
        Set<ClientId> clients = new HashSet<>();
        stored.forEach(s -> {
            people.addAll(s.counsellors());
            clients.addAll(s.cases());
        });
        Map<UserId, String> names = identity.displayNames(people);
        Map<ClientId, ClientDetails> details = caseload.clients(supervisor, clients);
        List<SupervisionSessionLine> lines = new ArrayList<>();
        for (SupervisionStore.StoredSupervisionSession s : stored) {
            lines.add(new SupervisionSessionLine(s.id(), s.heldOn(), s.counsellors().stream()
                    .map(c -> names.getOrDefault(c, "—")).sorted().toList(), s.cases().stream()
                            .map(c -> details.containsKey(c) ? details.get(c).displayName() : "—").sorted().toList(),
                    s.decisions(), s.followUps()));
        }
        return lines;
    }

    public void markDone(CurrentUser supervisor, UUID followUpId, long version) {
        requireSupervisor(supervisor);
        FollowUp followUp = store.followUp(supervisor.id(), followUpId)
                .orElseThrow(() -> new NotFoundException("follow-up"));
        store.markDone(followUp, LocalDate.now(clock.withZone(supervisor.timeZone())), version);
        audit.record(supervisor, followUp.clientId(), AuditAction.UPDATE, SUPERVISION_CASE, followUp.clientId(),
                AuditEntry.detail("history.followUpDone"));
    }

    private List<UserSummary> team(CurrentUser supervisor) {
        return identity.usersWithRole(supervisor.organisationId(), Role.CLINICIAN).stream()
                .filter(u -> supervisor.id().equals(u.supervisorId()))
                .sorted(Comparator.comparing(UserSummary::displayName)).toList();
    }

    private static void requireSupervisor(CurrentUser user) {
        if (user.role() != Role.SUPERVISOR) {
            throw new NotFoundException("supervision");
        }
    }
}
