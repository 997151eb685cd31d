package org.openipt.course;

import java.time.Clock;
import java.time.LocalDate;

import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.internal.CourseStore;
import org.openipt.course.internal.CourseStore.LoadedCourse;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way into the records a module keeps about a course. It answers, for the person asking, whether they may
 * see the course (or change its records) from the client's care team through the caseload's access policy; refuses
 * a change after the course has ended where the kind of record says so; and hands back {@link CourseRecords}, which
 * audits in the module's own words and knows "today". A course of another organisation, or one the person may not
 * reach, is not found: ids reveal nothing.
 */
@Service
@Transactional(readOnly = true)
public class CourseRecordGate {

    private final CourseStore store;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    CourseRecordGate(CourseStore store, CaseloadService caseload, AuditTrail audit, Clock clock) {
        this.store = store;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    /** The course's records for reading; throws {@link NotFoundException} unless the person may see the course. */
    public CourseRecords read(CurrentUser user, CourseId id, CourseRecordKind kind) {
        CourseSummary course = visible(user, id).summary();
        return new CourseRecords(user, course, kind, caseload.mayChange(user, course.clientId()), today(user), audit);
    }

    /**
     * The course's records for a change: throws {@link NotFoundException} unless the person may change the client's
     * record — or is the client themself, adding to a kind of record the client contributes to — and a
     * {@link RuleViolation} with the kind's message when its records close with a course that has ended.
     */
    public CourseRecords change(CurrentUser user, CourseId id, CourseRecordKind kind) {
        boolean clientsOwn = user.role() == Role.CLIENT && kind.clientContributes();
        CourseSummary course = (clientsOwn ? visible(user, id) : changeable(user, id)).summary();
        if (kind.closesWithCourse() && !course.phase().isOpen()) {
            throw new RuleViolation(java.util.Objects.requireNonNull(kind.courseClosedMessageKey()));
        }
        return new CourseRecords(user, course, kind, !clientsOwn, today(user), audit);
    }

    /**
     * Throws {@link NotFoundException} unless the person may change the client's record, whatever the course's
     * phase (before a form is shown: a form for an ended course still opens, and saving it says why it cannot).
     */
    public void requireChangeRight(CurrentUser user, CourseId id) {
        changeable(user, id);
    }

    /** Whether the person may change records of this kind now; a question, so nothing is refused or audited. */
    public boolean mayChange(CurrentUser user, CourseId id, CourseRecordKind kind) {
        return read(user, id, kind).mayChange();
    }

    LoadedCourse visible(CurrentUser user, CourseId id) {
        LoadedCourse loaded = ofOrganisation(user, id);
        caseload.requireVisible(user, loaded.summary().clientId());
        return loaded;
    }

    LoadedCourse changeable(CurrentUser user, CourseId id) {
        LoadedCourse loaded = ofOrganisation(user, id);
        caseload.requireChangeable(user, loaded.summary().clientId());
        return loaded;
    }

    private LoadedCourse ofOrganisation(CurrentUser user, CourseId id) {
        return store.load(id.value()).filter(c -> c.organisationId().equals(user.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("course"));
    }

    LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
