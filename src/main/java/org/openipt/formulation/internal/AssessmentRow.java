package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.MedicationEvaluation;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** The assessment of one course. */
@Table("assessment")
class AssessmentRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private @Nullable String diagnosis;
    private @Nullable DiagnosisSystem diagnosisSystem;
    private @Nullable String diagnosisCode;
    private @Nullable LocalDate psychoeducationOn;
    private @Nullable LocalDate sickRoleOn;
    private @Nullable MedicationEvaluation medicationEvaluation;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    AssessmentRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, @Nullable String diagnosis,
            @Nullable DiagnosisSystem diagnosisSystem, @Nullable String diagnosisCode,
            @Nullable LocalDate psychoeducationOn, @Nullable LocalDate sickRoleOn,
            @Nullable MedicationEvaluation medicationEvaluation, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.diagnosis = diagnosis;
        this.diagnosisSystem = diagnosisSystem;
        this.diagnosisCode = diagnosisCode;
        this.psychoeducationOn = psychoeducationOn;
        this.sickRoleOn = sickRoleOn;
        this.medicationEvaluation = medicationEvaluation;
        this.createdAt = createdAt;
        this.version = version;
    }

    static AssessmentRow of(UUID organisationId, UUID courseId, UUID clientId, Instant now) {
        return new AssessmentRow(UUID.randomUUID(), organisationId, courseId, clientId, null, null, null, null, null,
                null, now, null);
    }

    void record(AssessmentEntry entry) {
        this.diagnosis = Text.clean(entry.diagnosis());
        this.diagnosisCode = Text.clean(entry.diagnosisCode());
        this.diagnosisSystem = this.diagnosisCode == null ? null : entry.diagnosisSystem();
        this.psychoeducationOn = entry.psychoeducationOn();
        this.sickRoleOn = entry.sickRoleOn();
        this.medicationEvaluation = entry.medicationEvaluation();
    }

    AssessmentEntry entry() {
        return new AssessmentEntry(diagnosis, diagnosisSystem, diagnosisCode, psychoeducationOn, sickRoleOn,
                medicationEvaluation);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    boolean isNew() {
        return version == null;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
