package org.openipt.portal;

import java.util.List;
import java.util.Optional;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * A client's courses, newest first: the newest is the one the portal is about. Read as the client themself, or by
 * staff who may read the client's record (for a subject-access export).
 */
@Component
class ClientCourses {

    private final CaseloadService caseload;
    private final CourseService courses;

    ClientCourses(CaseloadService caseload, CourseService courses) {
        this.caseload = caseload;
        this.courses = courses;
    }

    List<CourseSummary> newestFirst(CurrentUser client) {
        return newestFirst(client, caseload.ownRecord(client));
    }

    Optional<CourseSummary> current(CurrentUser client) {
        return newestFirst(client).stream().findFirst();
    }

    List<CourseSummary> newestFirst(CurrentUser reader, ClientId client) {
        return courses.coursesOf(reader, client);
    }

    Optional<CourseSummary> current(CurrentUser reader, ClientId client) {
        return newestFirst(reader, client).stream().findFirst();
    }
}
