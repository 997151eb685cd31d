package org.openipt.measures;

import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one course: each instrument's outcome plus the NHS Talking Therapies course-level rules, which
 * pair the depression measure (PHQ-9) with the anxiety measure (GAD-7).
 *
 * @param instruments each instrument's outcome by instrument id, in the order the series were given
 * @param finishedCourse at least two treatment sessions; NHS Talking Therapies rates count only such courses, so a
 *     report that aggregates recovery must keep to courses where this is met (the findings themselves are given for
 *     every course, so a course in progress can be followed)
 */
public record CourseOutcome(Map<String, InstrumentOutcome> instruments, Finding finishedCourse,
        Finding caseAtBaseline, Finding reliableImprovement, Finding reliableDeterioration, Finding recovery,
        Finding reliableRecovery) {

    public CourseOutcome {
        instruments = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(instruments));
    }

    public Optional<InstrumentOutcome> instrument(String instrumentId) {
        return Optional.ofNullable(instruments.get(instrumentId));
    }
}
