package org.openipt.measures;

import org.openipt.course.CourseId;

/** How many measures of a client's latest course are due and how many overdue, for the caseload. */
public record WantedMeasures(CourseId courseId, int due, int overdue) {

    public int total() {
        return due + overdue;
    }
}
