package org.openipt.supervision;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.TeamClient;
import org.openipt.course.CourseId;
import org.openipt.course.CourseOverview;
import org.openipt.course.LatestCourse;
import org.openipt.groups.Group;
import org.openipt.groups.GroupService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.measures.InstrumentOutcome;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.OutcomeRules;
import org.openipt.measures.OutcomesService;
import org.openipt.measures.WantedMeasures;
import org.openipt.safety.RiskEventService;
import org.openipt.safety.RiskEventSummary;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.ResultPage;
import org.openipt.supervision.internal.SupervisionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's dashboard over their whole team: composed from one bulk read per source (the team's clients,
 * their latest courses, PHQ-9 outcomes, wanted measures, open risk events, groups, supervision discussions and the
 * counsellors' fidelity), so a request costs the same statements for five clients or five thousand; filtered,
 * ordered and paged in memory; every line shown is audited as read.
 */
@Service
@Transactional
public class SupervisionDashboardService {

    static final String DASHBOARD_LINE = "SUPERVISION_DASHBOARD";

    private final CaseloadService caseload;
    private final IdentityService identity;
    private final CourseOverview courses;
    private final OutcomesService outcomes;
    private final MeasureSchedules schedules;
    private final RiskEventService riskEvents;
    private final GroupService groups;
    private final SupervisionStore store;
    private final AuditTrail audit;

    SupervisionDashboardService(CaseloadService caseload, IdentityService identity, CourseOverview courses,
            OutcomesService outcomes, MeasureSchedules schedules, RiskEventService riskEvents, GroupService groups,
            SupervisionStore store, AuditTrail audit) {
        this.caseload = caseload;
        this.identity = identity;
        this.courses = courses;
        this.outcomes = outcomes;
        this.schedules = schedules;
        this.riskEvents = riskEvents;
        this.groups = groups;
        this.store = store;
        this.audit = audit;
    }

    public Dashboard dashboard(CurrentUser supervisor, DashboardFilter filter) {
        if (supervisor.role() != Role.SUPERVISOR) {
            throw new NotFoundException("dashboard");
        }
        List<TeamClient> team = caseload.teamClients(supervisor);
        List<ClientId> ids = team.stream().map(TeamClient::id).toList();
        ZoneId zone = supervisor.timeZone();
        Map<ClientId, LatestCourse> latest = courses.latestCourses(supervisor.organisationId(), ids);
        Map<CourseId, InstrumentOutcome> scores = outcomes.outcomesOf(latest.values().stream()
                .map(LatestCourse::id).toList(), OutcomeRules.PHQ9, zone);
        Map<ClientId, WantedMeasures> wanted = schedules.wantedOfClients(supervisor.organisationId(), ids, zone);
        Map<ClientId, List<RiskEventSummary>> risks = riskEvents.openOfClients(supervisor.organisationId(), ids)
                .stream().collect(Collectors.groupingBy(RiskEventSummary::clientId));
        Map<ClientId, Group> groupOf = groups.currentGroupsOf(supervisor.organisationId(), ids);
        Map<ClientId, Integer> discussed = store.lastDiscussed(ids);
        Set<UserId> counsellorIds = team.stream().map(TeamClient::counsellor).collect(Collectors.toSet());
        Map<UserId, Integer> fidelity = store.latestFidelity(counsellorIds);
        Map<UserId, String> names = identity.displayNames(counsellorIds);

        List<DashboardRow> rows = new ArrayList<>();
        for (TeamClient client : team) {
            LatestCourse course = latest.get(client.id());
            InstrumentOutcome score = course == null ? null : scores.get(course.id());
            WantedMeasures measures = wanted.get(client.id());
            List<RiskEventSummary> open = risks.getOrDefault(client.id(), List.of());
            Group group = groupOf.get(client.id());
            int held = course == null ? 0 : course.sessionsHeld();
            Integer heldThen = discussed.get(client.id());
            rows.add(new DashboardRow(client.id(), client.name(), client.counsellor(),
                    names.getOrDefault(client.counsellor(), "—"), group == null ? null : group.id(),
                    group == null ? null : group.settings().name(), course == null ? null : course.id(),
                    course == null ? null : course.phase(), held, course == null ? 0 : course.contractedSessions(),
                    score == null || score.latest() == null ? null : score.latest().total(),
                    score == null ? null : score.change(), measures == null ? 0 : measures.due(),
                    measures == null ? 0 : measures.overdue(), open.size(),
                    open.stream().anyMatch(RiskEventSummary::escalated),
                    Math.max(0, held - (heldThen == null ? 0 : heldThen)), heldThen != null,
                    fidelity.get(client.counsellor())));
        }
        ResultPage<DashboardRow> page = DashboardRules.page(rows, filter);
        page.items().forEach(row -> audit.record(supervisor, row.clientId(), AuditAction.READ, DASHBOARD_LINE,
                row.clientId(), null));
        List<UserSummary> counsellors = identity.usersWithRole(supervisor.organisationId(), Role.CLINICIAN).stream()
                .filter(u -> supervisor.id().equals(u.supervisorId())).sorted(Comparator.comparing(
                        UserSummary::displayName)).toList();
        List<Group> supervised = groups.groups(supervisor, 0).items().stream()
                .map(org.openipt.groups.GroupSummary::group).toList();
        return new Dashboard(page, rows.size(), (int) rows.stream().filter(DashboardRow::atRisk).count(),
                counsellors, supervised, store.openFollowUps(supervisor.id()));
    }
}
