package org.openipt.measures;

import org.jspecify.annotations.Nullable;

/**
 * The answer of one outcome rule for one course (or one instrument in it): met, not met, or not available, with the
 * reason why not (a message key of bundle {@code i18n/outcomes}).
 */
public record Finding(OutcomeDefinition definition, Verdict verdict, @Nullable String reasonKey) {

    public static final String NO_BASELINE = "outcomes.reason.noBaseline";
    public static final String ONLY_ONE_RESPONSE = "outcomes.reason.onlyOneResponse";
    public static final String BASELINE_ZERO = "outcomes.reason.baselineZero";
    public static final String NOT_FOR_THIS_INSTRUMENT = "outcomes.reason.notForThisInstrument";
    public static final String NO_RELIABLE_CHANGE_PARAMETERS = "outcomes.reason.noReliableChangeParameters";
    public static final String NEEDS_BOTH_MEASURES = "outcomes.reason.needsBothMeasures";
    public static final String NOT_A_CASE_AT_BASELINE = "outcomes.reason.notACaseAtBaseline";

    public Finding {
        if ((verdict == Verdict.NOT_AVAILABLE) != (reasonKey != null)) {
            throw new IllegalArgumentException("a reason goes with NOT_AVAILABLE only");
        }
    }

    /** The three answers, each with the message key of its name (bundle {@code i18n/outcomes}). */
    public enum Verdict {
        MET("outcomes.verdict.MET"), NOT_MET("outcomes.verdict.NOT_MET"), NOT_AVAILABLE("outcomes.verdict.NOT_AVAILABLE");

        private final String messageKey;

        Verdict(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    public static Finding of(OutcomeDefinition definition, boolean met) {
        return new Finding(definition, met ? Verdict.MET : Verdict.NOT_MET, null);
    }

    public static Finding notAvailable(OutcomeDefinition definition, String reasonKey) {
        return new Finding(definition, Verdict.NOT_AVAILABLE, reasonKey);
    }

    public boolean met() {
        return verdict == Verdict.MET;
    }

    public boolean notMet() {
        return verdict == Verdict.NOT_MET;
    }

    public boolean available() {
        return verdict != Verdict.NOT_AVAILABLE;
    }

    /** Message key of the verdict: {@code outcomes.verdict.MET}, {@code .NOT_MET} or {@code .NOT_AVAILABLE}. */
    public String verdictKey() {
        return verdict.messageKey();
    }
}
