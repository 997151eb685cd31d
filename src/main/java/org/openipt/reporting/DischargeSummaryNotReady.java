package org.openipt.reporting;

import org.openipt.course.CourseId;

/** The discharge summary was asked for before the course had a termination review with its decision. */
public class DischargeSummaryNotReady extends RuntimeException {

    private final CourseId courseId;

    public DischargeSummaryNotReady(CourseId courseId) {
        super("discharge.notReady");
        this.courseId = courseId;
    }

    public CourseId courseId() {
        return courseId;
    }
}
