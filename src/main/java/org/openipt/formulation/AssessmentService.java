package org.openipt.formulation;

import java.time.Clock;

import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.formulation.internal.FormulationStore;
import org.openipt.formulation.internal.FormulationStore.Versioned;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.RuleViolation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment of a course: diagnosis, psychoeducation, the sick role, the medication evaluation and list.
 * Access goes through the course-record gate; every read and write is audited on the course, so it appears in the
 * course history, and the audit never holds what was written.
 */
@Service
@Transactional
public class AssessmentService {

    static final CourseRecordKind ASSESSMENT = CourseRecordKind.closedWithCourse("ASSESSMENT",
            "formulation.courseClosed");

    private final FormulationStore store;
    private final CourseRecordGate gate;
    private final Clock clock;

    AssessmentService(FormulationStore store, CourseRecordGate gate, Clock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    public Assessment assessment(CurrentUser user, CourseId id) {
        CourseRecords course = gate.read(user, id, ASSESSMENT);
        Versioned<AssessmentEntry> stored = store.assessment(id.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.assessmentRead"));
        return new Assessment(course.course(), stored.value(), store.medications(id.value()), stored.version(),
                course.mayChangeClient());
    }

    public void record(CurrentUser clinician, CourseId id, AssessmentEntry entry, long version) {
        CourseRecords course = gate.change(clinician, id, ASSESSMENT);
        RuleViolation.throwIfAny(FormulationRules.assessmentProblems(entry, course.today()));
        store.saveAssessment(course.owner(), entry, version, clock.instant());
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.assessmentRecorded"));
    }

    public MedicationId addMedication(CurrentUser clinician, CourseId id, MedicationEntry entry) {
        CourseRecords course = gate.change(clinician, id, ASSESSMENT);
        RuleViolation.throwIfAny(FormulationRules.medicationProblems(entry));
        MedicationId medication = new MedicationId(store.addMedication(course.owner(), entry, clock.instant()));
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.medicationAdded"));
        return medication;
    }

    public void changeMedication(CurrentUser clinician, CourseId id, MedicationId medication, MedicationEntry entry,
            long version) {
        CourseRecords course = gate.change(clinician, id, ASSESSMENT);
        RuleViolation.throwIfAny(FormulationRules.medicationProblems(entry));
        store.changeMedication(id.value(), medication.value(), entry, version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.medicationChanged"));
    }
}
