package org.openipt.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Where a client's treatment stands for keeping their record: whether a course is still open, and the day the last
 * one ended (none if they never had a course).
 */
public record RecordEnd(boolean courseOpen, @Nullable LocalDate lastCourseEnded) {
}
