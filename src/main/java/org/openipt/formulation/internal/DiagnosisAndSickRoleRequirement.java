package org.openipt.formulation.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** The middle phase starts only with a diagnosis and the day the sick role was given. */
@Component
class DiagnosisAndSickRoleRequirement implements PhaseRequirement {

    private final FormulationStore store;

    DiagnosisAndSickRoleRequirement(FormulationStore store) {
        this.store = store;
    }

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return store.assessmentComplete(course.courseId().value());
    }

    @Override
    public String messageKey() {
        return "checklist.diagnosisAndSickRole";
    }
}
