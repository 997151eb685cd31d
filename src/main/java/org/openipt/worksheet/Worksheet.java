package org.openipt.worksheet;

import java.time.Instant;

import org.openipt.course.CourseId;

/** A stored worksheet with the version a change must name. */
public record Worksheet(WorksheetId id, CourseId courseId, String title, WorksheetLinks links,
        WorksheetContent content, Instant createdAt, Instant updatedAt, long version) {

    public WorksheetType type() {
        return content.type();
    }
}
