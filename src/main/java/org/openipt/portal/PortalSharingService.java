package org.openipt.portal;

import java.time.Clock;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.portal.internal.SharingStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clinician's choice, per course, of what the client sees in the portal. Read and changed through the
 * course-record gate (the client's care team changes it, also after the course has ended: the plans stay
 * available); audited on the course.
 */
@Service
@Transactional
public class PortalSharingService {

    static final CourseRecordKind SHARING = CourseRecordKind.openAfterCourse("PORTAL_SHARING");

    private final SharingStore store;
    private final CourseRecordGate gate;
    private final Clock clock;

    PortalSharingService(SharingStore store, CourseRecordGate gate, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    public SharingChoices choices(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, SHARING);
        SharingStore.Stored stored = store.of(id.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.sharingRead"));
        return new SharingChoices(course.course(), stored.sharing(), stored.version(), course.mayChange());
    }

    /** Changes what the client sees, from the version the clinician read (another change meanwhile: a conflict). */
    public void change(CurrentUser clinician, CourseId id, Sharing sharing, long version) {
        CourseRecords course = gate.change(clinician, id, SHARING);
        store.change(course.owner(), sharing, clinician.id(), version, clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.sharingChanged", sharing.count()));
    }

    /** What the course shares, for the portal's own pages (which checked the client's access already). */
    Sharing sharingOf(CourseId id) {
        return store.of(id.value()).sharing();
    }
}
