package org.openipt.worksheet.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.springframework.stereotype.Component;

/** The worksheets' line on the course page: how many the course holds, and the way to them. */
@Component
class WorksheetCourseSection implements CourseSectionProvider {

    private final WorksheetRepository worksheets;

    WorksheetCourseSection(WorksheetRepository worksheets) {
        this.worksheets = worksheets;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        return new CourseSection("worksheet.title", "worksheet.section.count",
                worksheets.countByCourseId(course.courseId().value()), "worksheet.section.open",
                "/courses/" + course.courseId() + "/worksheets");
    }
}
