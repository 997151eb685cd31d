package org.openipt.measures.internal;

import java.util.List;

import org.openipt.course.CourseFacts;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseSectionProvider;
import org.openipt.measures.ResponseSummary;
import org.springframework.stereotype.Component;

/**
 * The questionnaires' part of the course page: how many responses the course holds, the latest total and band of
 * each instrument (complete responses only), and the way to the measures page.
 */
@Component
class MeasuresCourseSection implements CourseSectionProvider {

    private final ResponseStore store;

    MeasuresCourseSection(ResponseStore store) {
        this.store = store;
    }

    @Override
    public CourseSection sectionOf(CourseFacts course) {
        List<CourseSection.Detail> latest = store.latestComplete(course.courseId().value()).stream()
                .map(MeasuresCourseSection::detail).toList();
        return new CourseSection("measures.title", "measures.section.count", store.count(course.courseId().value()),
                "measures.section.open", "/courses/" + course.courseId() + "/measures", latest);
    }

    private static CourseSection.Detail detail(ResponseSummary latest) {
        String title = latest.instrumentTitle();
        Integer total = java.util.Objects.requireNonNull(latest.total());
        return latest.bandLabel() == null
                ? new CourseSection.Detail("measures.section.latest", List.of(title, total))
                : new CourseSection.Detail("measures.section.latestWithBand", List.of(title, total, latest.bandLabel()));
    }
}
