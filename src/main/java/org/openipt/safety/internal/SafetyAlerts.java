package org.openipt.safety.internal;

import java.util.Collection;
import java.util.List;

import org.openipt.caseload.CaseloadAlert;
import org.openipt.caseload.CaseloadAlertProvider;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseAlert;
import org.openipt.course.CourseAlertProvider;
import org.openipt.course.CourseFacts;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.safety.RiskEventSummary;
import org.springframework.stereotype.Component;

/**
 * Open risk events where nobody can miss them: at the top of the caseload (the clinician's and their
 * supervisor's) and of the course page. Clients are shown none. The texts carry no clinical detail.
 */
@Component
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE) // risk first
class SafetyAlerts implements CaseloadAlertProvider, CourseAlertProvider {

    private final RiskEventStore store;

    SafetyAlerts(RiskEventStore store) {
        this.store = store;
    }

    @Override
    public List<CaseloadAlert> alertsFor(OrganisationId organisation, Collection<ClientId> clients) {
        return store.openOfClients(organisation.value(), clients).stream()
                .map(event -> new CaseloadAlert(event.clientId(), messageKey(event), path(event),
                        event.openedAt(), event.escalated()))
                .toList();
    }

    @Override
    public List<CourseAlert> alertsOf(CurrentUser user, CourseFacts course) {
        if (user.role() != Role.CLINICIAN && user.role() != Role.SUPERVISOR) {
            return List.of();
        }
        return store.openOfCourse(course.courseId()).stream()
                .map(event -> new CourseAlert(messageKey(event), "safety.alert.open", path(event),
                        event.openedAt(), event.escalated()))
                .toList();
    }

    private static String messageKey(RiskEventSummary event) {
        return event.escalated() ? "safety.alert.escalated" : "safety.alert." + event.state();
    }

    private static String path(RiskEventSummary event) {
        return "/courses/" + event.courseId() + "/risk-events/" + event.id();
    }
}
