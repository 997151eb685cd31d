package org.openipt.timeline.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.springframework.stereotype.Component;

/** The timeline's line on the course page: how many life events it holds, and the way to it. */
@Component
class TimelineCourseSection implements CourseSectionProvider {

    private final LifeEventRepository events;

    TimelineCourseSection(LifeEventRepository events) {
        this.events = events;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        return new CourseSection("timeline.title", "timeline.section.count",
                events.countByCourse(course.courseId().value()), "timeline.section.open",
                "/courses/" + course.courseId() + "/timeline");
    }
}
