package org.openipt.measures;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentDefinition.AnswerOption;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.Score;

/**
 * Scores a response to any instrument from its definition alone: item scores (reverse scoring is in the option
 * scores), total, band, cut-offs, sub-scores and risk items. Pure Java, no state.
 */
public final class InstrumentScoring {

    private InstrumentScoring() {
    }

    /**
     * @param answers the chosen option's code by item link id; unanswered items are simply absent
     * @throws IllegalArgumentException for an unknown item or an answer code the item does not offer
     */
    public static ScoreResult score(InstrumentDefinition definition, Map<String, String> answers) {
        Map<String, Integer> itemScores = new LinkedHashMap<>();
        for (Map.Entry<String, String> answer : answers.entrySet()) {
            Item item = definition.item(answer.getKey()).orElseThrow(() -> new IllegalArgumentException(
                    definition.id() + " has no item " + answer.getKey()));
            AnswerOption option = item.option(answer.getValue()).orElseThrow(() -> new IllegalArgumentException(
                    item.linkId() + " offers no answer " + answer.getValue()));
            if (option.score() != null) {
                itemScores.put(item.linkId(), option.score());
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> riskEndorsed = new ArrayList<>();
        for (Item item : definition.items()) {
            Integer score = itemScores.get(item.linkId());
            if (item.scored() && score == null) {
                missing.add(item.linkId());
            }
            if (item.risk() && score != null && score > 0) {
                riskEndorsed.add(item.linkId());
            }
        }
        Map<String, Integer> subscales = new LinkedHashMap<>();
        for (Score subscale : definition.subscales()) {
            Integer sum = sum(subscale, itemScores);
            if (sum != null) {
                subscales.put(subscale.linkId(), sum);
            }
        }
        Score totalScore = definition.total();
        Integer total = missing.isEmpty() ? sum(totalScore, itemScores) : null;
        return new ScoreResult(definition.id(), itemScores, missing, total,
                total == null ? null : totalScore.band(total).orElse(null),
                total == null ? List.of() : totalScore.cutoffsMet(total), subscales, riskEndorsed);
    }

    /** The sum of the score's items, or null when one of them is unanswered. */
    private static @Nullable Integer sum(Score score, Map<String, Integer> itemScores) {
        int sum = 0;
        for (String linkId : score.itemLinkIds()) {
            Integer itemScore = itemScores.get(linkId);
            if (itemScore == null) {
                return null;
            }
            sum += itemScore;
        }
        return sum;
    }
}
