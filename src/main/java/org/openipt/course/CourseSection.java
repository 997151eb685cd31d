package org.openipt.course;

/**
 * A short part of the course page that another module contributes (the inventory, later the formulation): a
 * heading, one line with a count, and a link to the module's own pages. All three texts are message keys.
 */
public record CourseSection(String headingKey, String summaryKey, long count, String linkKey, String path) {
}
