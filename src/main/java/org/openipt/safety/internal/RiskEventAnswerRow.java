package org.openipt.safety.internal;

import org.springframework.data.relational.core.mapping.Table;

/** One risk answer that raised an event: the item's link id in the Questionnaire and the score given. */
@Table("risk_event_answer")
record RiskEventAnswerRow(String linkId, int score) {
}
