package org.openipt.formulation.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.openipt.formulation.FormulationRules;
import org.springframework.stereotype.Component;

/** The middle phase starts only with one focal problem area, or two. */
@Component
class FocalAreaRequirement implements PhaseRequirement {

    private final FormulationStore store;

    FocalAreaRequirement(FormulationStore store) {
        this.store = store;
    }

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return FormulationRules.focusChosen(store.focalAreaCount(course.courseId().value()));
    }

    @Override
    public String messageKey() {
        return "checklist.focalArea";
    }
}
