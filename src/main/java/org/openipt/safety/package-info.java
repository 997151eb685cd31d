/**
 * Safety: risk events and their lifecycle, the safety plan and the crisis resources of each organisation.
 * <p>
 * A stored questionnaire response with a non-zero risk answer ({@link org.openipt.measures.RiskAnswersRecorded})
 * opens a risk event inside the same transaction, so the response and its risk event commit or roll back together.
 * Staff may also open one by hand, for a risk disclosed in conversation. The lifecycle OPEN → ACKNOWLEDGED →
 * ASSESSED → ACTIONED → CLOSED is plain Java ({@link org.openipt.safety.RiskEventRules}). Open events stand at the
 * top of the caseload of the responsible clinician and of their supervisor, and as an alert on the course page.
 * One left unacknowledged past {@code openipt.safety.acknowledge-within} is marked escalated by a job that is safe
 * on several nodes. {@link org.openipt.safety.RiskEventOpened} and {@link org.openipt.safety.RiskEventEscalated}
 * are published for a notification module to listen to; this module sends no e-mail.
 * <p>
 * Who may do what: everyone who may see the course reads its risk events and safety plan; the responsible
 * clinician takes every step and writes the safety plan; a supervisor of that clinician may also acknowledge and
 * assess (they are the person a lay counsellor escalates to), while recording the action and closing stay with the
 * responsible clinician. Clients never see risk events. Administrators keep the crisis resources.
 */
@NullMarked
package org.openipt.safety;

import org.jspecify.annotations.NullMarked;
