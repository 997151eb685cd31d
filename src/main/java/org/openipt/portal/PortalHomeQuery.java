package org.openipt.portal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.ConsentService;
import org.openipt.caseload.ConsentStatus;
import org.openipt.course.Attendance;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.identity.CurrentUser;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentDefinition.Rater;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.Occasion;
import org.openipt.measures.OccasionStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the client's home page from the caseload (their own record), the course (their latest course and its
 * sessions) and measures (what the schedule asks for now). Questionnaires a clinician rates never appear. Each
 * facade checks that the client reads only their own record and audits the read.
 */
@Service
@Transactional
public class PortalHomeQuery {

    private final CaseloadService caseload;
    private final CourseService courses;
    private final SessionService sessions;
    private final MeasureSchedules schedules;
    private final ConsentService consents;
    private final InstrumentLibrary instruments = InstrumentLibrary.standard();
    private final Clock clock;

    PortalHomeQuery(CaseloadService caseload, CourseService courses, SessionService sessions,
            MeasureSchedules schedules, ConsentService consents, Clock clock) {
        this.consents = consents;
        this.caseload = caseload;
        this.courses = courses;
        this.sessions = sessions;
        this.schedules = schedules;
        this.clock = clock;
    }

    public PortalHome home(CurrentUser client, Locale locale) {
        ClientId self = caseload.ownRecord(client);
        long consentsToRead = consents.mine(client, locale).stream().filter(ConsentStatus::missing).count();
        List<CourseSummary> mine = courses.coursesOf(client, self);
        if (mine.isEmpty()) {
            return PortalHome.withoutCourse(consentsToRead);
        }
        CourseSummary course = mine.getFirst();
        List<PortalSession> booked = sessions.sessions(client, course.id()).stream().map(PortalHomeQuery::asClientSees)
                .toList();
        PortalSession next = booked.stream().filter(s -> s.attendance() == Attendance.SCHEDULED)
                .filter(s -> s.when().toInstant().isAfter(clock.instant()))
                .min(Comparator.comparing(PortalSession::when)).orElse(null);
        List<DueQuestionnaire> due = course.phase().isOpen() ? dueQuestionnaires(client, course) : List.of();
        return new PortalHome(course, booked, next, due, consentsToRead);
    }

    private List<DueQuestionnaire> dueQuestionnaires(CurrentUser client, CourseSummary course) {
        return schedules.courseSchedule(client, course.id()).wanted().stream()
                .filter(occasion -> instruments.find(occasion.instrumentId()).map(InstrumentDefinition::rater)
                        .orElse(Rater.CLINICIAN) == Rater.SELF)
                .map(this::due).toList();
    }

    private DueQuestionnaire due(Occasion occasion) {
        return new DueQuestionnaire(instruments.definition(occasion.instrumentId()).title(), occasion.dueOn(),
                occasion.status() == OccasionStatus.OVERDUE);
    }

    /** The session without anything the therapist wrote about it. */
    private static PortalSession asClientSees(SessionView session) {
        return new PortalSession(session.when(), session.mode(), session.attendance(), session.number());
    }
}
