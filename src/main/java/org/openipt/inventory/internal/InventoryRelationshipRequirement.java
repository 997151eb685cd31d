package org.openipt.inventory.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** The middle phase starts once the inventory holds at least one relationship. */
@Component
class InventoryRelationshipRequirement implements PhaseRequirement {

    private final InventoryRelationshipRepository relationships;

    InventoryRelationshipRequirement(InventoryRelationshipRepository relationships) {
        this.relationships = relationships;
    }

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return relationships.countByCourse(course.courseId().value()) >= 1;
    }

    @Override
    public String messageKey() {
        return "checklist.inventoryRelationship";
    }
}
