package org.openipt.measures;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.InstrumentDefinition.Band;
import org.openipt.measures.InstrumentDefinition.Cutoff;

/**
 * The scored response. An incomplete response (a scored item without an answer) has no total, no band and no
 * cut-off, and must not be used for outcomes; its risk items are evaluated all the same.
 *
 * @param itemScores the score of every answered scored item, by link id
 * @param missingItems the scored items without an answer, in order
 * @param total the total, absent when incomplete
 * @param band the total's band in the default scheme, absent when incomplete or the instrument has none
 * @param subscales sub-scores by link id, each present only when all of its own items are answered
 * @param riskItemsEndorsed risk items answered with a non-zero score
 */
public record ScoreResult(String instrumentId, Map<String, Integer> itemScores, List<String> missingItems,
        @Nullable Integer total, @Nullable Band band, List<Cutoff> cutoffsMet, Map<String, Integer> subscales,
        List<String> riskItemsEndorsed) {

    public ScoreResult {
        itemScores = Map.copyOf(itemScores);
        missingItems = List.copyOf(missingItems);
        cutoffsMet = List.copyOf(cutoffsMet);
        subscales = Map.copyOf(subscales);
        riskItemsEndorsed = List.copyOf(riskItemsEndorsed);
    }

    /** Every scored item answered: the total may be used for outcomes. */
    public boolean complete() {
        return missingItems.isEmpty();
    }

    /** Any risk item answered above zero, complete or not: a risk event must follow. */
    public boolean riskFlagged() {
        return !riskItemsEndorsed.isEmpty();
    }

    public boolean cutoffMet(String code) {
        return cutoffsMet.stream().anyMatch(cutoff -> cutoff.code().equals(code));
    }

    public int itemScore(String linkId) {
        Integer score = itemScores.get(linkId);
        if (score == null) {
            throw new IllegalArgumentException("no answer for " + linkId);
        }
        return score;
    }
}
