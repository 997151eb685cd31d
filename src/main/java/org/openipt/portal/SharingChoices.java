package org.openipt.portal;

import org.openipt.course.CourseSummary;

/** The sharing page of a course: the course, what is shared, the version to change it from, whether one may. */
public record SharingChoices(CourseSummary course, Sharing sharing, long version, boolean changeable) {
}
