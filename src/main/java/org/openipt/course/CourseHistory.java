package org.openipt.course;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditTrail;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.Identifier;
import org.springframework.stereotype.Component;

/** The course engine's audit lines: what happened to a course (its history) and what was read of it. */
@Component
class CourseHistory {

    static final String COURSE = "COURSE";

    private final AuditTrail audit;

    CourseHistory(AuditTrail audit) {
        this.audit = audit;
    }

    void changed(CurrentUser user, CourseSummary course, String detail) {
        audit.record(user, course.clientId(), AuditAction.UPDATE, COURSE, course.id(), detail);
    }

    void read(CurrentUser user, CourseSummary course, @Nullable String detail) {
        audit.record(user, course.clientId(), AuditAction.READ, COURSE, course.id(), detail);
    }

    void record(CurrentUser user, CourseSummary course, AuditAction action, String objectType, Identifier object,
            String detail) {
        audit.record(user, course.clientId(), action, objectType, object, detail);
    }
}
