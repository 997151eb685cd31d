package org.openipt.course;

/**
 * One line of a phase checklist. The course module contributes the contract; other modules contribute theirs
 * (the inventory, the formulation) as Spring beans, and the engine asks all of them without knowing them.
 */
public interface PhaseRequirement {

    /** The move this requirement guards. */
    PhaseTransition guards();

    boolean isMetBy(CourseFacts course);

    /** The message key of the checklist line, written as what must be true ("The client agreed the contract"). */
    String messageKey();
}
