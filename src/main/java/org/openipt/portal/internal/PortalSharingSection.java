package org.openipt.portal.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.springframework.stereotype.Component;

/** The course page's line about the client's portal: how much of the course the client sees, and where to choose. */
@Component
class PortalSharingSection implements CourseSectionProvider {

    private final SharingStore store;

    PortalSharingSection(SharingStore store) {
        this.store = store;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        return new CourseSection("sharing.title", "sharing.section.count",
                store.of(course.courseId().value()).sharing().count(), "sharing.section.open",
                "/courses/" + course.courseId() + "/sharing");
    }
}
