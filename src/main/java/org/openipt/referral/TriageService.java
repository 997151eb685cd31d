package org.openipt.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.caseload.PortalInvitationService;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.protocol.ProtocolId;
import org.openipt.referral.internal.ReferralStore;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.openipt.shared.Text;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The triage queue of an organisation's self-referrals, for its clinicians and supervisors. A clinician accepts a
 * referral into a new client and course of their own (in REFERRED, with the referral's PHQ-9 and GAD-7 as its first
 * questionnaires, dated when they were given — a risk answer among them opens the course's risk event), and may
 * invite the person to the portal by the e-mail address they gave; anyone of the two roles may refer the person
 * elsewhere or decline, with a reason the referrer is not shown. Decided once; audited.
 */
@Service
@Transactional
public class TriageService {

    static final String AUDIT_TYPE = "SELF_REFERRAL";
    public static final int PAGE_SIZE = 20;

    private final ReferralStore store;
    private final CaseloadService caseload;
    private final CourseService courses;
    private final ProtocolCatalog protocols;
    private final MeasuresService measures;
    private final PortalInvitationService invitations;
    private final AuditTrail audit;
    private final Clock clock;

    TriageService(ReferralStore store, CaseloadService caseload, CourseService courses, ProtocolCatalog protocols,
            MeasuresService measures, PortalInvitationService invitations, AuditTrail audit, Clock clock) {
        this.store = store;
        this.caseload = caseload;
        this.courses = courses;
        this.protocols = protocols;
        this.measures = measures;
        this.invitations = invitations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Pending referrals, urgent first, then oldest. */
    public ResultPage<SelfReferral> queue(CurrentUser staff, int page) {
        requireTriage(staff);
        ResultPage<SelfReferral> queue = store.queue(staff.organisationId(),
                new PageRequestParams(Math.max(0, page), PAGE_SIZE));
        audit.record(staff, null, AuditAction.READ, AUDIT_TYPE, null,
                AuditEntry.detail("history.referralsListed", queue.items().size()));
        return queue;
    }

    public SelfReferral referral(CurrentUser staff, ReferralId id) {
        requireTriage(staff);
        SelfReferral referral = existing(staff, id);
        audit.record(staff, referral.client(), AuditAction.READ, AUDIT_TYPE, id, AuditEntry.detail("history.referralRead"));
        return referral;
    }

    /** The formats a referral may be accepted into. */
    @Transactional(readOnly = true)
    public List<Protocol> formats(CurrentUser staff) {
        requireTriage(staff);
        return protocols.activeProtocols(staff);
    }

    /** The clinician accepts the referral into a client and course of their own; returns the new course. */
    public CourseId accept(CurrentUser clinician, ReferralId id, ProtocolId protocolId, boolean invite, long version) {
        if (clinician.role() != Role.CLINICIAN) {
            throw new RuleViolation("referral.accept.clinicianOnly");
        }
        SelfReferral referral = pending(clinician, id);
        boolean byEmail = ReferralRules.looksLikeEmail(referral.contact());
        ClientId client = caseload.register(clinician, new ClientFields(referral.name(), null,
                byEmail ? referral.contact() : null, referral.language(), null));
        Protocol protocol = protocols.protocol(clinician.organisationId(), protocolId);
        LocalDate today = LocalDate.now(clock.withZone(clinician.timeZone()));
        CourseId course = courses.start(clinician, client, protocol.id(), new ContractTerms(
                protocol.settings().defaultSessions(), protocol.settings().cadence(),
                protocol.settings().sessionMinutes(), today));
        given(clinician, course, referral, "phq-9", referral.phq9());
        given(clinician, course, referral, "gad-7", referral.gad7());
        store.decide(clinician.organisationId(), id, ReferralStatus.ACCEPTED, clinician.id().value(), clock.instant(),
                null, client.value(), course.value(), version);
        audit.record(clinician, client, AuditAction.UPDATE, AUDIT_TYPE, id, AuditEntry.detail("history.referralAccepted"));
        if (invite) {
            if (!byEmail) {
                throw new RuleViolation("referral.invite.noEmail");
            }
            invitations.inviteByEmail(clinician, client, referral.contact());
        }
        return course;
    }

    /** Refers the person elsewhere or declines, with a reason for staff. */
    public void close(CurrentUser staff, ReferralId id, ReferralStatus decision, @Nullable String reason,
            long version) {
        requireTriage(staff);
        if (decision != ReferralStatus.REFERRED_ELSEWHERE && decision != ReferralStatus.DECLINED) {
            throw new RuleViolation("referral.decision.unknown");
        }
        String why = Text.clean(reason);
        if (why == null) {
            throw new RuleViolation("triage.reason.required");
        }
        if (why.length() > 2000) {
            throw new RuleViolation("triage.reason.tooLong");
        }
        pending(staff, id);
        store.decide(staff.organisationId(), id, decision, staff.id().value(), clock.instant(), why, null, null,
                version);
        audit.record(staff, null, AuditAction.UPDATE, AUDIT_TYPE, id,
                AuditEntry.detail("history.referralClosed." + decision));
    }

    private void given(CurrentUser clinician, CourseId course, SelfReferral referral, String instrument,
            Map<String, String> answers) {
        if (!answers.isEmpty()) {
            measures.administerGivenEarlier(clinician, course, UUID.nameUUIDFromBytes((referral.id() + ":"
                    + instrument).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    new Administration(instrument, answers, null), referral.receivedAt());
        }
    }

    private SelfReferral pending(CurrentUser staff, ReferralId id) {
        SelfReferral referral = existing(staff, id);
        if (!referral.pending()) {
            throw new RuleViolation("referral.alreadyDecided");
        }
        return referral;
    }

    private SelfReferral existing(CurrentUser staff, ReferralId id) {
        return store.referral(staff.organisationId(), id).orElseThrow(() -> new NotFoundException("referral"));
    }

    private static void requireTriage(CurrentUser user) {
        if (user.role() != Role.CLINICIAN && user.role() != Role.SUPERVISOR) {
            throw new NotFoundException("referral");
        }
    }
}
