package org.openipt.formulation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a clinician records in the assessment: the diagnosis in their words with an optional ICD code, the day
 * psychoeducation was given, the day the (limited) sick role was given, and the medication evaluation.
 */
public record AssessmentEntry(@Nullable String diagnosis, @Nullable DiagnosisSystem diagnosisSystem,
        @Nullable String diagnosisCode, @Nullable LocalDate psychoeducationOn, @Nullable LocalDate sickRoleOn,
        @Nullable MedicationEvaluation medicationEvaluation) {
}
