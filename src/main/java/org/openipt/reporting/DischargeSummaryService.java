package org.openipt.reporting;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientDetails;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.course.CourseSummary;
import org.openipt.course.SessionService;
import org.openipt.formulation.Assessment;
import org.openipt.formulation.AssessmentService;
import org.openipt.formulation.FormulationRecord;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.Medication;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.Role;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.InventoryView;
import org.openipt.measures.MeasuresProgress;
import org.openipt.measures.OutcomesService;
import org.openipt.timeline.TimelineService;
import org.openipt.timeline.TimelineView;
import org.openipt.shared.pdf.PdfWriter;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.web.PageDates;
import org.openipt.termination.TerminationRecord;
import org.openipt.termination.TerminationService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discharge summary of a course, for the staff who may see the course, once its termination review recorded
 * a decision. It reads the record through the other modules' facades (each audits its own read) and records
 * that a summary was made; the audit row holds a message key, never what the summary says.
 */
@Service
@Transactional
public class DischargeSummaryService {

    static final CourseRecordKind DISCHARGE_SUMMARY = CourseRecordKind.openAfterCourse("DISCHARGE_SUMMARY");
    static final String TEMPLATE = "reporting/discharge-summary";

    private final CourseRecordGate gate;
    private final SessionService sessionService;
    private final CaseloadService caseload;
    private final IdentityService identity;
    private final AssessmentService assessments;
    private final FormulationService formulations;
    private final InventoryService inventories;
    private final TimelineService timelines;
    private final TerminationService terminations;
    private final OutcomesService outcomes;
    private final PdfWriter pdfs;
    private final Clock clock;

    DischargeSummaryService(CourseRecordGate gate, SessionService sessionService, CaseloadService caseload,
            IdentityService identity, AssessmentService assessments, FormulationService formulations,
            InventoryService inventories, TimelineService timelines, TerminationService terminations,
            OutcomesService outcomes, PdfWriter pdfs, Clock clock) {
        this.gate = gate;
        this.sessionService = sessionService;
        this.caseload = caseload;
        this.identity = identity;
        this.assessments = assessments;
        this.formulations = formulations;
        this.inventories = inventories;
        this.timelines = timelines;
        this.terminations = terminations;
        this.outcomes = outcomes;
        this.pdfs = pdfs;
        this.clock = clock;
    }

    /**
     * The content of the discharge summary, in the reader's language where it holds words of ours (the pictures).
     * Throws {@link NotFoundException} for a course the user may not see and {@link DischargeSummaryNotReady}
     * before the termination review's decision.
     */
    public DischargeSummary summary(CurrentUser user, CourseId id, Locale locale) {
        requireStaff(user);
        CourseRecords records = gate.read(user, id, DISCHARGE_SUMMARY);
        CourseSummary course = records.course();
        TerminationRecord termination = terminations.termination(user, id);
        if (!DischargeSummaryRules.ready(termination.review())) {
            throw new DischargeSummaryNotReady(id);
        }
        ClientDetails client = caseload.client(user, course.clientId());
        SessionsAttended sessions = DischargeSummaryRules.attendance(sessionService.sessions(user, id),
                course.progress().contractedSessions());
        Assessment assessment = assessments.assessment(user, id);
        FormulationRecord formulation = formulations.formulation(user, id);
        InventoryView inventory = inventories.inventory(user, id);
        MeasuresProgress outcomes = this.outcomes.progress(user, id, locale);
        DischargeSummary summary = new DischargeSummary(client.displayName(), client.externalRecordNumber(),
                identity.organisationName(user), course, sessions, assessment.entry(), assessment.limitedSickRole(),
                formulation.formulation(), formulation.focalAreas(),
                DischargeSummaryRules.goalsReviewed(formulation.goals(), termination.review().goalOutcomes()),
                termination.review(), termination.plan(),
                assessment.medications().stream().map(Medication::entry).toList(), inventory.relationships(), outcomes,
                pictures(inventory, timelines.view(user, id, locale), outcomes, locale), user.displayName(),
                ZonedDateTime.now(clock.withZone(user.timeZone())));
        records.audit(AuditAction.READ, AuditEntry.detail("history.dischargeSummaryMade"));
        return summary;
    }

    /** The discharge summary as a PDF in the reader's language. */
    public DischargeSummaryPdf pdf(CurrentUser user, CourseId id, Locale locale) {
        DischargeSummary summary = summary(user, id, locale);
        byte[] content = pdfs.pdf(TEMPLATE, locale, Map.of("summary", summary,
                "dates", new PageDates(user.timeZone(), locale)));
        return new DischargeSummaryPdf(content, DischargeSummaryRules.fileName(id,
                summary.generatedAt().toLocalDate()));
    }

    /**
     * The pictures of the record, in the order printed. A picture another module draws is one more line here,
     * with its heading key in the reporting bundles.
     */
    private List<SummaryPicture> pictures(InventoryView inventory, TimelineView timeline, MeasuresProgress outcomes,
            Locale locale) {
        List<SummaryPicture> pictures = new ArrayList<>();
        outcomes.trajectories().stream().filter(t -> t.firstResponse() != null).forEach(t -> pictures.add(
                new SummaryPicture("discharge.picture.trajectory", t.instrument().title(), t.picture())));
        if (!inventory.relationships().isEmpty()) {
            pictures.add(new SummaryPicture("discharge.picture.closenessCircle", inventories.picture(inventory, locale)));
        }
        if (!timeline.timeline().isEmpty()) {
            pictures.add(new SummaryPicture("discharge.picture.timeline", timeline.svg()));
        }
        return pictures;
    }

    private static void requireStaff(CurrentUser user) {
        if (user.is(Role.CLIENT) || user.is(Role.ADMIN)) {
            throw new NotFoundException("course");
        }
    }
}
