/**
 * Measurement-based care instruments: the instrument library as FHIR R4 Questionnaires (PHQ-9, PHQ-2, GAD-7, PCL-5,
 * HAM-D-17; EPDS and WSAS as structure only, their wording supplied by an organisation that records its permission),
 * the definitions read from them ({@link org.openipt.measures.InstrumentLibrary},
 * {@link org.openipt.measures.InstrumentDefinition}) and pure scoring: totals, bands, cut-offs, reverse scoring,
 * sub-scores, incomplete responses, risk items ({@link org.openipt.measures.InstrumentScoring}), the PHQ-9
 * diagnostic algorithm ({@link org.openipt.measures.Phq9Diagnosis}) and the PCL-5 provisional rules
 * ({@link org.openipt.measures.Pcl5Diagnosis}). A scored response exports as a FHIR QuestionnaireResponse and its
 * total as an Observation ({@link org.openipt.measures.MeasureExport}). No storage, pages or schedules yet.
 */
@NullMarked
package org.openipt.measures;

import org.jspecify.annotations.NullMarked;
