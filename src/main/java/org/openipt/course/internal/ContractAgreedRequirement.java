package org.openipt.course.internal;

import org.openipt.course.CourseFacts;
import org.openipt.course.PhaseRequirement;
import org.openipt.course.PhaseTransition;
import org.springframework.stereotype.Component;

/** The middle phase starts only once the client has agreed the treatment contract. */
@Component
class ContractAgreedRequirement implements PhaseRequirement {

    @Override
    public PhaseTransition guards() {
        return PhaseTransition.BEGIN_MIDDLE;
    }

    @Override
    public boolean isMetBy(CourseFacts course) {
        return course.contract().isAgreed();
    }

    @Override
    public String messageKey() {
        return "checklist.contractAgreed";
    }
}
