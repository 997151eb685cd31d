package org.openipt.safety.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.springframework.stereotype.Component;

/** Safety's line on the course page: how many risk events the course holds, and the way to them and the plan. */
@Component
class SafetyCourseSection implements CourseSectionProvider {

    private final RiskEventStore riskEvents;

    SafetyCourseSection(RiskEventStore riskEvents) {
        this.riskEvents = riskEvents;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        return new CourseSection("safety.title", "safety.section.count", riskEvents.countOfCourse(course.courseId()),
                "safety.section.open", "/courses/" + course.courseId() + "/risk-events");
    }
}
