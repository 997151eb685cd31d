package org.openipt.termination.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** A course completes only with a termination review that records what follows. */
@Component
class TerminationReviewRequirement implements PhaseRequirement {

    private final TerminationStore store;

    TerminationReviewRequirement(TerminationStore store) {
        this.store = store;
    }

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.COMPLETE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return store.reviewed(course.courseId().value());
    }

    @Override
    public String messageKey() {
        return "checklist.terminationReview";
    }
}
