package org.openipt.course.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** The middle phase starts after at least one initial-phase session has been held. */
@Component
class InitialSessionHeldRequirement implements PhaseRequirement {

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return course.sessionsHeld() >= 1;
    }

    @Override
    public String messageKey() {
        return "checklist.sessionHeld";
    }
}
