package org.openipt.inventory.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.springframework.stereotype.Component;

/** The inventory's line on the course page: how many people it holds, and the way to it. */
@Component
class InventoryCourseSection implements CourseSectionProvider {

    private final InventoryRelationshipRepository relationships;

    InventoryCourseSection(InventoryRelationshipRepository relationships) {
        this.relationships = relationships;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        return new CourseSection("inventory.title", "inventory.section.count",
                relationships.countByCourse(course.courseId().value()), "inventory.section.open",
                "/courses/" + course.courseId() + "/inventory");
    }
}
