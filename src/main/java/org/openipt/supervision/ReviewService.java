package org.openipt.supervision;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecords;
import org.openipt.course.SessionId;
import org.openipt.groups.CheckIn;
import org.openipt.groups.Group;
import org.openipt.groups.GroupAccess;
import org.openipt.groups.GroupId;
import org.openipt.groups.GroupService;
import org.openipt.groups.GroupSessionId;
import org.openipt.groups.GroupSessionRecord;
import org.openipt.groups.GroupSessionService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.openipt.supervision.internal.SupervisionStore;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review and sign-off of records. A counsellor submits a session they hold (as the course's responsible clinician)
 * or a group session of a group they facilitate; it goes to their supervisor (the group's, for a group session),
 * who signs it or sends it back with a comment; the counsellor sees what came back and submits again. A signed
 * session is locked (see {@code SignedSessions}): a later change is an addendum. Signing a group session signs the
 * sessions it wrote into each member's course. Audited.
 */
@Service
@Transactional
public class ReviewService {

    static final String REVIEW = "RECORD_REVIEW";
    static final int RECENT = 20;

    private final SupervisionStore store;
    private final CourseRecordGate gate;
    private final CaseloadService caseload;
    private final GroupService groups;
    private final GroupSessionService groupSessions;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final Clock clock;

    ReviewService(SupervisionStore store, CourseRecordGate gate, CaseloadService caseload, GroupService groups,
            GroupSessionService groupSessions, IdentityService identity, AuditTrail audit, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.caseload = caseload;
        this.groups = groups;
        this.groupSessions = groupSessions;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The counsellor of a course submits one of its sessions to their supervisor. */
    public Review.ReviewId submitSession(CurrentUser counsellor, CourseId courseId, SessionId sessionId) {
        CourseRecords records = gate.read(counsellor, courseId, FidelityService.FIDELITY);
        if (!counsellor.id().equals(caseload.responsibleClinician(counsellor.organisationId(),
                records.clientId()).orElse(null))) {
            throw new NotFoundException("session");
        }
        UserId supervisor = supervisorOf(counsellor);
        Review.ReviewId id = submit(counsellor, RecordKind.SESSION, sessionId.value(), courseId, null, supervisor);
        records.audit(AuditAction.UPDATE, sessionId, AuditEntry.detail("history.reviewSubmitted"));
        return id;
    }

    /** A facilitator submits a group session to the group's supervisor. */
    public Review.ReviewId submitGroupSession(CurrentUser facilitator, GroupId groupId, GroupSessionId sessionId) {
        Group group = groups.group(facilitator, groupId);
        if (!GroupAccess.of(facilitator, group).mayRun()) {
            throw new NotFoundException("group");
        }
        groupSessions.session(facilitator, groupId, sessionId);
        Review.ReviewId id = submit(facilitator, RecordKind.GROUP_SESSION, sessionId.value(), null, groupId,
                group.settings().supervisor());
        audit.record(facilitator, null, AuditAction.UPDATE, REVIEW, sessionId,
                AuditEntry.detail("history.reviewSubmitted"));
        return id;
    }

    /** For a supervisor: the records waiting, then the latest decided. For a counsellor: theirs, sent back first. */
    public List<ReviewLine> reviews(CurrentUser user) {
        List<Review> reviews = switch (user.role()) {
            case SUPERVISOR -> store.reviewsFor(user.id(), RECENT);
            case CLINICIAN -> store.reviewsOf(user.id(), RECENT);
            default -> throw new NotFoundException("reviews");
        };
        return lines(user, reviews);
    }

    public Review review(CurrentUser user, Review.ReviewId id) {
        Review review = visible(user, id);
        audit.record(user, null, AuditAction.READ, REVIEW, id, null);
        return review;
    }

    /** The subject line of a review (the client, or the group), for its page. */
    public ReviewLine line(CurrentUser user, Review review) {
        return lines(user, List.of(review)).getFirst();
    }

    public void sign(CurrentUser supervisor, Review.ReviewId id, long version) {
        Review review = decidable(supervisor, id);
        RuleViolation.throwIfAny(ReviewRules.decisionProblems(review.state()));
        store.decide(review, ReviewState.SIGNED, review.comment(), clock.instant(), version);
        if (review.kind() == RecordKind.GROUP_SESSION && review.groupId() != null) {
            signMembersSessions(supervisor, review);
        }
        audit.record(supervisor, null, AuditAction.UPDATE, REVIEW, id, AuditEntry.detail("history.reviewSigned"));
    }

    public void sendBack(CurrentUser supervisor, Review.ReviewId id, @Nullable String comment, long version) {
        Review review = decidable(supervisor, id);
        String cleaned = Text.clean(comment);
        RuleViolation.throwIfAny(ReviewRules.returnProblems(review.state(), cleaned));
        store.decide(review, ReviewState.RETURNED, cleaned, clock.instant(), version);
        audit.record(supervisor, null, AuditAction.UPDATE, REVIEW, id, AuditEntry.detail("history.reviewReturned"));
    }

    /** The counsellor submits a record that came back, once they changed it. */
    public void resubmit(CurrentUser counsellor, Review.ReviewId id, long version) {
        Review review = visible(counsellor, id);
        if (!review.counsellor().equals(counsellor.id())) {
            throw new NotFoundException("review");
        }
        if (review.state() != ReviewState.RETURNED) {
            throw new RuleViolation("review.notReturned");
        }
        store.decide(review, ReviewState.SUBMITTED, null, clock.instant(), version);
        audit.record(counsellor, null, AuditAction.UPDATE, REVIEW, id, AuditEntry.detail("history.reviewSubmitted"));
    }

    private Review.ReviewId submit(CurrentUser counsellor, RecordKind kind, java.util.UUID record,
            @Nullable CourseId course, @Nullable GroupId group, UserId supervisor) {
        Review existing = store.reviewOf(kind, record).orElse(null);
        RuleViolation.throwIfAny(ReviewRules.submitProblems(existing == null ? null : existing.state()));
        if (existing != null) {
            store.decide(existing, ReviewState.SUBMITTED, null, clock.instant(), existing.version());
            return existing.id();
        }
        return store.submit(counsellor.organisationId().value(), kind, record, course, group, counsellor.id(),
                supervisor, ReviewState.SUBMITTED, clock.instant());
    }

    private void signMembersSessions(CurrentUser supervisor, Review review) {
        GroupId groupId = java.util.Objects.requireNonNull(review.groupId());
        GroupSessionRecord session = groupSessions.session(supervisor, groupId, new GroupSessionId(review.recordId()));
        for (CheckIn checkIn : session.checkIns()) {
            SessionId courseSession = checkIn.courseSession();
            if (courseSession != null && store.reviewOf(RecordKind.SESSION, courseSession.value()).isEmpty()) {
                store.submit(supervisor.organisationId().value(), RecordKind.SESSION, courseSession.value(), null,
                        groupId, review.counsellor(), supervisor.id(), ReviewState.SIGNED, clock.instant());
            }
        }
    }

    private UserId supervisorOf(CurrentUser counsellor) {
        return identity.usersWithRole(counsellor.organisationId(), Role.CLINICIAN).stream()
                .filter(u -> u.id().equals(counsellor.id())).map(UserSummary::supervisorId)
                .filter(java.util.Objects::nonNull).findFirst()
                .orElseThrow(() -> new RuleViolation("review.noSupervisor"));
    }

    private Review decidable(CurrentUser supervisor, Review.ReviewId id) {
        Review review = visible(supervisor, id);
        if (!review.supervisor().equals(supervisor.id())) {
            throw new NotFoundException("review");
        }
        return review;
    }

    private Review visible(CurrentUser user, Review.ReviewId id) {
        Review review = store.review(user.organisationId().value(), id)
                .orElseThrow(() -> new NotFoundException("review"));
        if (!user.id().equals(review.counsellor()) && !user.id().equals(review.supervisor())) {
            throw new NotFoundException("review");
        }
        return review;
    }

    private List<ReviewLine> lines(CurrentUser user, List<Review> reviews) {
        Set<UserId> people = new HashSet<>();
        reviews.forEach(r -> people.add(r.counsellor()));
        Map<UserId, String> names = identity.displayNames(people);
        List<ReviewLine> lines = new ArrayList<>();
        for (Review review : reviews) {
            String subject;
            if (review.kind() == RecordKind.GROUP_SESSION && review.groupId() != null) {
                subject = groups.group(user, review.groupId()).settings().name();
            }
            else if (review.courseId() != null) {
                subject = caseload.client(user, gate.read(user, review.courseId(), FidelityService.FIDELITY)
                        .clientId()).displayName();
            }
            else {
                subject = "—";
            }
            lines.add(new ReviewLine(review, names.getOrDefault(review.counsellor(), "—"), subject));
        }
        return lines;
    }
}
