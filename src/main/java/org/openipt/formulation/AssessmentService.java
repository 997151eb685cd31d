package org.openipt.formulation;

import java.time.Clock;
import java.time.LocalDate;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.audit.AuditTrail;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseId;
import org.openipt.course.CourseService;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.internal.FormulationStore;
import org.openipt.formulation.internal.FormulationStore.Owner;
import org.openipt.formulation.internal.FormulationStore.Versioned;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment of a course: diagnosis, psychoeducation, the sick role, the medication evaluation and list.
 * Access goes through the course (and so the caseload's policy); every read and write is audited on the course,
 * so it appears in the course history, and the audit never holds what was written.
 */
@Service
@Transactional
public class AssessmentService {

    static final String ASSESSMENT = "ASSESSMENT";

    private final FormulationStore store;
    private final CourseService courses;
    private final CaseloadService caseload;
    private final AuditTrail audit;
    private final Clock clock;

    AssessmentService(FormulationStore store, CourseService courses, CaseloadService caseload, AuditTrail audit,
            Clock clock) {
        this.store = store;
        this.courses = courses;
        this.caseload = caseload;
        this.audit = audit;
        this.clock = clock;
    }

    public Assessment assessment(CurrentUser user, CourseId id) {
        CourseSummary course = courses.visibleCourse(user, id);
        Versioned<AssessmentEntry> stored = store.assessment(id.value());
        audit.record(user, course.clientId().value(), AuditAction.READ, ASSESSMENT, id.value(),
                AuditEntry.detail("history.assessmentRead"));
        return new Assessment(course, stored.value(), store.medications(id.value()), stored.version(),
                caseload.mayChange(user, course.clientId()));
    }

    public void record(CurrentUser clinician, CourseId id, AssessmentEntry entry, long version) {
        CourseSummary course = changeable(clinician, id);
        RuleViolation.throwIfAny(FormulationRules.assessmentProblems(entry, today(clinician)));
        store.saveAssessment(owner(clinician, course), entry, version, clock.instant());
        write(clinician, course, AuditEntry.detail("history.assessmentRecorded"));
    }

    public MedicationId addMedication(CurrentUser clinician, CourseId id, MedicationEntry entry) {
        CourseSummary course = changeable(clinician, id);
        RuleViolation.throwIfAny(FormulationRules.medicationProblems(entry));
        MedicationId medication = new MedicationId(store.addMedication(owner(clinician, course), entry, clock.instant()));
        write(clinician, course, AuditEntry.detail("history.medicationAdded"));
        return medication;
    }

    public void changeMedication(CurrentUser clinician, CourseId id, MedicationId medication, MedicationEntry entry,
            long version) {
        CourseSummary course = changeable(clinician, id);
        RuleViolation.throwIfAny(FormulationRules.medicationProblems(entry));
        store.changeMedication(id.value(), medication.value(), entry, version);
        write(clinician, course, AuditEntry.detail("history.medicationChanged"));
    }

    private CourseSummary changeable(CurrentUser clinician, CourseId id) {
        CourseSummary course = courses.changeableCourse(clinician, id);
        if (!course.phase().isOpen()) {
            throw new RuleViolation("formulation.courseClosed");
        }
        return course;
    }

    private void write(CurrentUser user, CourseSummary course, String detail) {
        audit.record(user, course.clientId().value(), AuditAction.UPDATE, ASSESSMENT, course.id().value(), detail);
    }

    /** The course was found in the user's organisation, so it is the organisation of its records too. */
    static Owner owner(CurrentUser user, CourseSummary course) {
        return new Owner(user.organisationId().value(), course.id().value(), course.clientId().value());
    }

    private LocalDate today(CurrentUser user) {
        return LocalDate.now(clock.withZone(user.timeZone()));
    }
}
