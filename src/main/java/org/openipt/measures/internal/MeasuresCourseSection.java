package org.openipt.measures.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasureScheduleRules;
import org.openipt.measures.Occasion;
import org.openipt.measures.ResponseSummary;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The questionnaires' part of the course page: how many responses the course holds, the latest total and band of
 * each instrument (complete responses only), the measures due and overdue by the schedule (each linking to the
 * form that gives it), and the way to the measures page. Days in the clock's time zone (the section has no user).
 */
@Component
class MeasuresCourseSection implements CourseSectionProvider {

    private final ResponseStore store;
    private final ScheduleEvaluation schedules;
    private final Clock clock;

    MeasuresCourseSection(ResponseStore store, ScheduleEvaluation schedules, Clock clock) {
        this.store = store;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        List<CourseSection.Detail> details = new ArrayList<>();
        for (Occasion wanted : MeasureScheduleRules.wanted(schedules.occasionsOf(course.courseId(), clock.getZone()))) {
            details.add(wantedDetail(course, wanted));
        }
        store.latestComplete(course.courseId().value()).stream().map(MeasuresCourseSection::detail)
                .forEach(details::add);
        return new CourseSection("measures.title", "measures.section.count", store.count(course.courseId().value()),
                "measures.section.open", "/courses/" + course.courseId() + "/measures", details);
    }

    static CourseSection.Detail wantedDetail(CourseFacts course, Occasion wanted) {
        String title = InstrumentLibrary.standard().definition(wanted.instrumentId()).title();
        return new CourseSection.Detail("schedule.section." + wanted.status(),
                List.of(title, label(wanted), String.valueOf(wanted.dueOn())), wanted.administerPath(course.courseId()));
    }

    /** The occasion's name, resolved by the message source when the line is shown. */
    static DefaultMessageSourceResolvable label(Occasion occasion) {
        return new DefaultMessageSourceResolvable(new String[] {occasion.labelKey()},
                occasion.session() == null ? null : new Object[] {occasion.session()});
    }

    private static CourseSection.Detail detail(ResponseSummary latest) {
        String title = latest.instrumentTitle();
        Integer total = java.util.Objects.requireNonNull(latest.total());
        return latest.bandLabel() == null
                ? new CourseSection.Detail("measures.section.latest", List.of(title, total))
                : new CourseSection.Detail("measures.section.latestWithBand", List.of(title, total, latest.bandLabel()));
    }
}
