package org.openipt.measures;

import java.time.Period;

import org.jspecify.annotations.Nullable;

/**
 * How a questionnaire's recall period reads ("about the last 2 weeks"): the message key — in weeks when it is whole
 * weeks, else in months or days — and the amount it takes.
 */
public record RecallWording(String messageKey, int amount) {

    /** The wording of the instrument's recall period; null when it has none. */
    public static @Nullable RecallWording of(InstrumentDefinition instrument) {
        Period recall = instrument.recallPeriod();
        if (recall == null) {
            return null;
        }
        if (recall.getMonths() > 0 || recall.getYears() > 0) {
            return new RecallWording("measures.recall.months", (int) recall.toTotalMonths());
        }
        return recall.getDays() % 7 == 0 ? new RecallWording("measures.recall.weeks", recall.getDays() / 7)
                : new RecallWording("measures.recall.days", recall.getDays());
    }
}
