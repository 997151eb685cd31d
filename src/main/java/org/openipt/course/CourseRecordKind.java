package org.openipt.course;

import org.jspecify.annotations.Nullable;

/**
 * A kind of record a module keeps about a course, as the {@link CourseRecordGate} needs to know it: the object type
 * its audit rows carry, for records that are closed with the course the message a person sees when they try to
 * change one after the course has ended, and whether the client adds records of this kind themself in the portal
 * (the questionnaires they fill in, their diaries).
 */
public record CourseRecordKind(String auditObjectType, @Nullable String courseClosedMessageKey,
        boolean clientContributes) {

    /** Records that can no longer change once the course has ended (the formulation, the timeline, …). */
    public static CourseRecordKind closedWithCourse(String auditObjectType, String courseClosedMessageKey) {
        return new CourseRecordKind(auditObjectType, courseClosedMessageKey, false);
    }

    /** Records that may still change after the course has ended (follow-up questionnaires, the safety plan, …). */
    public static CourseRecordKind openAfterCourse(String auditObjectType) {
        return new CourseRecordKind(auditObjectType, null, false);
    }

    /** This kind, to which the client of the course adds records of their own as well as the care team. */
    public CourseRecordKind withClientContributions() {
        return new CourseRecordKind(auditObjectType, courseClosedMessageKey, true);
    }

    public boolean closesWithCourse() {
        return courseClosedMessageKey != null;
    }
}
