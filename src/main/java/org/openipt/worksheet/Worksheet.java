package org.openipt.worksheet;

import java.time.Instant;

import org.openipt.course.CourseId;

/** A stored worksheet with the version a change must name; {@code byClient} when the client wrote it themself. */
public record Worksheet(WorksheetId id, CourseId courseId, String title, WorksheetLinks links,
        WorksheetContent content, boolean byClient, Instant createdAt, Instant updatedAt, long version) {

    public WorksheetType type() {
        return content.type();
    }
}
