/**
 * Measurement-based care instruments: the instrument library as FHIR R4 Questionnaires (PHQ-9, PHQ-2, GAD-7, PCL-5,
 * HAM-D-17; EPDS and WSAS as structure only, their wording supplied by an organisation that records its permission),
 * the definitions read from them ({@link org.openipt.measures.InstrumentLibrary},
 * {@link org.openipt.measures.InstrumentDefinition}) and pure scoring: totals, bands, cut-offs, reverse scoring,
 * sub-scores, incomplete responses, risk items ({@link org.openipt.measures.InstrumentScoring}), the PHQ-9
 * diagnostic algorithm ({@link org.openipt.measures.Phq9Diagnosis}) and the PCL-5 provisional rules
 * ({@link org.openipt.measures.Pcl5Diagnosis}). A scored response exports as a FHIR QuestionnaireResponse and its
 * total as an Observation ({@link org.openipt.measures.MeasureExport}). Responses are stored per course through
 * {@link org.openipt.measures.MeasuresService} (idempotent by a submission key, scored when stored, audited); a
 * response with a non-zero risk answer publishes {@link org.openipt.measures.RiskAnswersRecorded} inside the storing
 * transaction. Measurement schedules per format and course ({@link org.openipt.measures.MeasureSchedules}) say what is
 * due; the outcome rules ({@link org.openipt.measures.OutcomeRules}) and the trajectory chart
 * ({@link org.openipt.measures.OutcomesService}) say how a course is going. Pages live in {@code web/}: the list, the
 * whole questionnaire on one page, a read-aloud mode one question at a time, the result, the schedules.
 */
@NullMarked
package org.openipt.measures;

import org.jspecify.annotations.NullMarked;
