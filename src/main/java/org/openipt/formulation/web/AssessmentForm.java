package org.openipt.formulation.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.Assessment;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.DiagnosisSystem;
import org.openipt.formulation.MedicationEvaluation;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The assessment: diagnosis and optional code, psychoeducation, the sick role, the medication evaluation. */
public class AssessmentForm {

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String diagnosis;

    private @Nullable DiagnosisSystem diagnosisSystem;

    @Size(max = 20, message = "{field.tooLong}")
    @Pattern(regexp = "^\\s*$|^\\s*[A-Za-z0-9][A-Za-z0-9./-]*\\s*$", message = "{assessment.code.invalid}")
    private @Nullable String diagnosisCode;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate psychoeducationOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate sickRoleOn;

    private @Nullable MedicationEvaluation medicationEvaluation;

    private long version;

    static AssessmentForm of(Assessment assessment) {
        AssessmentForm form = new AssessmentForm();
        AssessmentEntry e = assessment.entry();
        form.diagnosis = e.diagnosis();
        form.diagnosisSystem = e.diagnosisSystem();
        form.diagnosisCode = e.diagnosisCode();
        form.psychoeducationOn = e.psychoeducationOn();
        form.sickRoleOn = e.sickRoleOn();
        form.medicationEvaluation = e.medicationEvaluation();
        form.version = assessment.version();
        return form;
    }

    AssessmentEntry entry() {
        return new AssessmentEntry(diagnosis, diagnosisSystem, diagnosisCode, psychoeducationOn, sickRoleOn,
                medicationEvaluation);
    }

    public @Nullable String getDiagnosis() { return diagnosis; }
    public void setDiagnosis(@Nullable String diagnosis) { this.diagnosis = diagnosis; }
    public @Nullable DiagnosisSystem getDiagnosisSystem() { return diagnosisSystem; }
    public void setDiagnosisSystem(@Nullable DiagnosisSystem diagnosisSystem) { this.diagnosisSystem = diagnosisSystem; }
    public @Nullable String getDiagnosisCode() { return diagnosisCode; }
    public void setDiagnosisCode(@Nullable String diagnosisCode) { this.diagnosisCode = diagnosisCode; }
    public @Nullable LocalDate getPsychoeducationOn() { return psychoeducationOn; }
    public void setPsychoeducationOn(@Nullable LocalDate psychoeducationOn) { this.psychoeducationOn = psychoeducationOn; }
    public @Nullable LocalDate getSickRoleOn() { return sickRoleOn; }
    public void setSickRoleOn(@Nullable LocalDate sickRoleOn) { this.sickRoleOn = sickRoleOn; }
    public @Nullable MedicationEvaluation getMedicationEvaluation() { return medicationEvaluation; }
    public void setMedicationEvaluation(@Nullable MedicationEvaluation medicationEvaluation) { this.medicationEvaluation = medicationEvaluation; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
