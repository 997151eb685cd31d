package org.openipt.course;

import org.jspecify.annotations.Nullable;

/**
 * A kind of record a module keeps about a course, as the {@link CourseRecordGate} needs to know it: the object type
 * its audit rows carry, and — for records that are closed with the course — the message a person sees when they try
 * to change one after the course has ended.
 */
public record CourseRecordKind(String auditObjectType, @Nullable String courseClosedMessageKey) {

    /** Records that can no longer change once the course has ended (the formulation, the timeline, …). */
    public static CourseRecordKind closedWithCourse(String auditObjectType, String courseClosedMessageKey) {
        return new CourseRecordKind(auditObjectType, courseClosedMessageKey);
    }

    /** Records that may still change after the course has ended (follow-up questionnaires, the safety plan, …). */
    public static CourseRecordKind openAfterCourse(String auditObjectType) {
        return new CourseRecordKind(auditObjectType, null);
    }

    public boolean closesWithCourse() {
        return courseClosedMessageKey != null;
    }
}
