package org.openipt.measures;

import java.util.List;

import org.openipt.course.CourseSummary;

/**
 * A course's measurement schedule and its occasions as the questionnaires page and the schedule page show them.
 *
 * @param own whether the course has a schedule of its own (else it follows its format's)
 * @param version 0 while the course follows its format's schedule
 * @param instruments the instruments a schedule may use (those the library can administer)
 */
public record CourseSchedule(CourseSummary course, MeasureSchedule schedule, boolean own, long version,
        List<Occasion> occasions, boolean changeable, List<InstrumentDefinition> instruments) {

    public CourseSchedule {
        occasions = List.copyOf(occasions);
        instruments = List.copyOf(instruments);
    }

    public List<Occasion> wanted() {
        return MeasureScheduleRules.wanted(occasions);
    }
}
