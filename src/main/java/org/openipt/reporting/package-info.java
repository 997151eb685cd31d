/**
 * Reports made from a course's record. The discharge summary is a PDF (openhtmltopdf with an embedded font) drawn
 * from the public facades of the course, caseload, assessment, formulation, inventory and termination modules:
 * the contract and sessions attended, the formulation and focal areas, goals and their outcome, the decision, the
 * client's own account, the relapse-prevention plan, the medication list and the pictures of the record. Never the
 * private session notes. The rules are plain Java ({@link org.openipt.reporting.DischargeSummaryRules}).
 */
@NullMarked
package org.openipt.reporting;

import org.jspecify.annotations.NullMarked;
