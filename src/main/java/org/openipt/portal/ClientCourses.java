package org.openipt.portal;

import java.util.List;
import java.util.Optional;

import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** The signed-in client's own courses: the newest is the one the portal is about. */
@Component
class ClientCourses {

    private final CaseloadService caseload;
    private final CourseService courses;

    ClientCourses(CaseloadService caseload, CourseService courses) {
        this.caseload = caseload;
        this.courses = courses;
    }

    List<CourseSummary> newestFirst(CurrentUser client) {
        return courses.coursesOf(client, caseload.ownRecord(client));
    }

    Optional<CourseSummary> current(CurrentUser client) {
        return newestFirst(client).stream().findFirst();
    }
}
