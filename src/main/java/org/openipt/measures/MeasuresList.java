package org.openipt.measures;

import java.util.List;

import org.openipt.course.CourseSummary;
import org.openipt.shared.ResultPage;

/**
 * The measures page of a course: one page of its responses, newest first, and the instruments it may use.
 *
 * @param changeable whether the user may administer a questionnaire in this course
 */
public record MeasuresList(CourseSummary course, ResultPage<ResponseSummary> responses, boolean changeable,
        List<InstrumentDefinition> instruments) {

    public MeasuresList {
        instruments = List.copyOf(instruments);
    }
}
