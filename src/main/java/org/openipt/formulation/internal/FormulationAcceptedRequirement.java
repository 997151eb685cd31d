package org.openipt.formulation.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** The middle phase starts only with a formulation the client accepted. */
@Component
class FormulationAcceptedRequirement implements PhaseRequirement {

    private final FormulationStore store;

    FormulationAcceptedRequirement(FormulationStore store) {
        this.store = store;
    }

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return store.formulationAccepted(course.courseId().value());
    }

    @Override
    public String messageKey() {
        return "checklist.formulationAccepted";
    }
}
