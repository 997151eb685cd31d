package org.openipt.portal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.openipt.caseload.ConsentService;
import org.openipt.caseload.ConsentStatus;
import org.openipt.course.Attendance;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionService;
import org.openipt.course.SessionMode;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.measures.SelfReportDue;
import org.openipt.measures.SelfReportService;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.WorkAtHomeTask;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Composes the client's home page from the caseload (their own record), the course (their latest course and its
 * sessions), measures (what the client may fill in now) and worksheets (the tasks set, not yet tried). Questionnaires a clinician rates never appear. Each
 * facade checks that the client reads only their own record and audits the read.
 */
@Service
@Transactional
public class PortalHomeQuery {

    private final ClientCourses courses;
    private final SessionService sessions;
    private final SelfReportService selfReports;
    private final ConsentService consents;
    private final WorksheetService worksheets;
    private final IdentityService identity;
    private final Clock clock;

    PortalHomeQuery(ClientCourses courses, SessionService sessions, SelfReportService selfReports,
            ConsentService consents, WorksheetService worksheets, IdentityService identity, Clock clock) {
        this.identity = identity;
        this.worksheets = worksheets;
        this.consents = consents;
        this.courses = courses;
        this.sessions = sessions;
        this.selfReports = selfReports;
        this.clock = clock;
    }

    public PortalHome home(CurrentUser client, Locale locale) {
        long consentsToRead = consents.mine(client, locale).stream().filter(ConsentStatus::missing).count();
        CourseSummary course = courses.current(client).orElse(null);
        if (course == null) {
            return PortalHome.withoutCourse(consentsToRead);
        }
        List<PortalSession> booked = sessions.sessions(client, course.id()).stream().map(PortalSession::of)
                .toList();
        PortalSession next = booked.stream().filter(s -> s.attendance() == Attendance.SCHEDULED)
                .filter(s -> s.when().toInstant().isAfter(clock.instant()))
                .min(Comparator.comparing(PortalSession::when)).orElse(null);
        List<SelfReportDue> due = selfReports.due(client, course.id());
        List<Worksheet> tasksToTry = !course.phase().isOpen() ? List.of() : worksheets.tasks(client, course.id())
                .stream().filter(task -> task.content() instanceof WorkAtHomeTask t && t.status() == TaskStatus.NOT_STARTED)
                .toList();
        String videoLink = next != null && next.mode() == SessionMode.VIDEO
                ? identity.videoLink(client.organisationId()).orElse(null) : null;
        return new PortalHome(course, booked, next, videoLink, due, tasksToTry, consentsToRead);
    }
}
