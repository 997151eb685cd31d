package org.openipt.course;

import java.time.Instant;
import java.time.LocalDate;

import org.openipt.identity.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes what happened to a course — {@link PhaseEntered}, {@link CourseEnded}, {@link SessionRecorded} — in the
 * transaction that made it happen; Spring Modulith's publication registry keeps them for listeners that run after
 * the commit.
 */
@Component
class CourseEvents {

    private final ApplicationEventPublisher events;

    CourseEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void entered(OrganisationId organisation, CourseSummary course, Phase phase, LocalDate on) {
        events.publishEvent(new PhaseEntered(organisation, course.clientId(), course.id(), phase, on));
        if (!phase.isOpen()) {
            events.publishEvent(new CourseEnded(organisation, course.clientId(), course.id(), phase, on));
        }
    }

    void sessionRecorded(OrganisationId organisation, CourseSummary course, SessionId session, SessionEntry entry,
            Instant when) {
        events.publishEvent(new SessionRecorded(organisation, course.clientId(), course.id(), session,
                entry.attendance(), entry.countsTowardsContract(), when));
    }
}
