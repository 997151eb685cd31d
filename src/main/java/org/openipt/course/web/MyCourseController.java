package org.openipt.course.web;

import java.util.List;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** A client's own view of their treatment: the agreed time limit, where they are in it, the next session. */
@Controller
class MyCourseController {

    private final CaseloadService caseload;
    private final CourseService courses;
    private final CoursePageQuery coursePages;

    MyCourseController(CaseloadService caseload, CourseService courses, CoursePageQuery coursePages) {
        this.caseload = caseload;
        this.courses = courses;
        this.coursePages = coursePages;
    }

    @GetMapping("/me")
    String myCourse(CurrentUser client, Model model) {
        ClientId self = caseload.ownRecord(client);
        List<CourseSummary> mine = courses.coursesOf(client, self);
        model.addAttribute("course", mine.isEmpty() ? null : coursePages.course(client, mine.getFirst().id()));
        return "course/me";
    }
}
