package org.openipt.measures;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one instrument over one course. Only complete responses count; the baseline is the first complete
 * response and the latest the last one (in date order, ties in the order given).
 *
 * @param baseline the first complete response, absent when there is none
 * @param latest the last complete response (the baseline itself when there is only one)
 * @param completeResponses how many complete responses count
 * @param incompleteResponses how many were left out for missing items
 * @param change latest minus baseline (negative is better on every instrument we ship), absent without a follow-up
 * @param percentChange the change as a percentage of the baseline, absent without a follow-up or with a baseline of 0
 * @param reliableChangeIndex the Jacobson–Truax RC when this instrument has configured parameters and a follow-up
 * @param caseAtBaseline NHS Talking Therapies caseness of the baseline (PHQ-9 and GAD-7 only)
 * @param caseAtLatest caseness of the latest response (PHQ-9 and GAD-7 only)
 */
public record InstrumentOutcome(String instrumentId, @Nullable MeasurePoint baseline, @Nullable MeasurePoint latest,
        int completeResponses, int incompleteResponses, @Nullable Integer change, @Nullable Double percentChange,
        Finding response, Finding remission, Finding reliableImprovement, Finding reliableDeterioration,
        @Nullable Double reliableChangeIndex, Finding caseAtBaseline, Finding caseAtLatest) {

    /** A baseline and at least one later complete response. */
    public boolean hasFollowUp() {
        return completeResponses >= 2;
    }
}
