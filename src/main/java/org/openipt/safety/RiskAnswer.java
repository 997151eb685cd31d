package org.openipt.safety;

/** One risk answer that raised an event: the instrument, the item's link id in the Questionnaire, the score. */
public record RiskAnswer(String instrumentId, String linkId, int score) {
}
