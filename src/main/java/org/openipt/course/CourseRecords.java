package org.openipt.course;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.ClientId;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.Identifier;

/**
 * A course opened through the {@link CourseRecordGate} for one person and one kind of record: the person was
 * allowed in, and this is what a module needs next — the course, who owns its records, whether the person may
 * change them, "today" for the rules, and the audit line for what the module read or wrote.
 */
public final class CourseRecords {

    private final CurrentUser user;
    private final CourseSummary course;
    private final CourseRecordKind kind;
    private final boolean mayChangeClient;
    private final LocalDate today;
    private final AuditTrail audit;

    CourseRecords(CurrentUser user, CourseSummary course, CourseRecordKind kind, boolean mayChangeClient,
            LocalDate today, AuditTrail audit) {
        this.user = user;
        this.course = course;
        this.kind = kind;
        this.mayChangeClient = mayChangeClient;
        this.today = today;
        this.audit = audit;
    }

    public CourseSummary course() {
        return course;
    }

    public CourseId courseId() {
        return course.id();
    }

    public ClientId clientId() {
        return course.clientId();
    }

    public CourseRecordOwner owner() {
        return new CourseRecordOwner(user.organisationId(), course.id(), course.clientId());
    }

    /**
     * Whether the person may change records of this kind now: their right on the client, and an open course where
     * the kind needs one.
     */
    public boolean mayChange() {
        return mayChangeClient && (!kind.closesWithCourse() || course.phase().isOpen());
    }

    /** Whether the person may change the client's record at all, whatever the course's phase. */
    public boolean mayChangeClient() {
        return mayChangeClient;
    }

    /** Today in the organisation's time zone. */
    public LocalDate today() {
        return today;
    }

    /** Writes the audit line of this kind about the course itself, in the caller's transaction. */
    public void audit(AuditAction action, String detail) {
        audit(action, course.id(), detail);
    }

    /** Writes the audit line of this kind about one record of the course (a worksheet, a response, …). */
    public void audit(AuditAction action, Identifier object, @Nullable String detail) {
        audit.record(user, course.clientId(), action, kind.auditObjectType(), object, detail);
    }
}
