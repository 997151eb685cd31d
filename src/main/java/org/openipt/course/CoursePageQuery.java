package org.openipt.course;

import java.util.List;

import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.internal.CourseStore;
import org.openipt.course.internal.CourseStore.LoadedCourse;
import org.openipt.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the course page shows, read at once: the course, its sessions, the checklist of the next move, the
 * history (with the client's care-team changes), the sections and alerts other modules contribute. Audited as read.
 */
@Service
@Transactional
public class CoursePageQuery {

    private static final int HISTORY_LINES = 50;

    private final CourseStore store;
    private final CourseRecordGate gate;
    private final CaseloadService caseload;
    private final SessionService sessions;
    private final List<PhaseRequirement> requirements;
    private final List<CourseSectionProvider> sections;
    private final List<CourseAlertProvider> alerts;
    private final CourseHistory history;
    private final AuditTrail audit;

    CoursePageQuery(CourseStore store, CourseRecordGate gate, CaseloadService caseload, SessionService sessions,
            List<PhaseRequirement> requirements, List<CourseSectionProvider> sections,
            List<CourseAlertProvider> alerts, CourseHistory history, AuditTrail audit) {
        this.store = store;
        this.gate = gate;
        this.caseload = caseload;
        this.sessions = sessions;
        this.requirements = List.copyOf(requirements);
        this.sections = List.copyOf(sections);
        this.alerts = List.copyOf(alerts);
        this.history = history;
        this.audit = audit;
    }

    public CourseRecord course(CurrentUser user, CourseId id) {
        LoadedCourse loaded = gate.visible(user, id);
        CourseSummary summary = loaded.summary();
        PhaseTransition next = PhaseTransition.next(summary.phase()).orElse(null);
        List<ChecklistItem> checklist = next == null ? List.of()
                : PhaseRules.checklist(loaded.facts(), next, requirements);
        history.read(user, summary, null);
        return new CourseRecord(summary, store.sessions(id.value(), user.timeZone()), next, checklist,
                audit.changesOf(user, id, summary.clientId(), CareTeamService.CARE_TEAM, HISTORY_LINES),
                caseload.mayChange(user, summary.clientId()),
                sections.stream().map(section -> section.sectionOf(loaded.facts())).toList(),
                sessions.focusOptionsOf(summary),
                alerts.stream().flatMap(provider -> provider.alertsOf(user, loaded.facts()).stream()).toList());
    }
}
