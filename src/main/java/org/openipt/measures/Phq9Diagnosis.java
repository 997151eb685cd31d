package org.openipt.measures;

import java.util.Optional;

/**
 * The PHQ-9 diagnostic algorithm (reference §5.2, after CamCOPS): an item counts when scored 2 or more ("more than
 * half the days"), item 9 when scored 1 or more. Major depressive syndrome: item 1 or 2 counts and at least five
 * items count. Other depressive syndrome: item 1 or 2 counts and two to four items count. A screening result, not a
 * diagnosis.
 */
public final class Phq9Diagnosis {

    public enum Syndrome { MAJOR_DEPRESSIVE, OTHER_DEPRESSIVE, NONE }

    private Phq9Diagnosis() {
    }

    /** Empty for an incomplete response or another instrument. */
    public static Optional<Syndrome> classify(ScoreResult result) {
        if (!"phq-9".equals(result.instrumentId()) || !result.complete()) {
            return Optional.empty();
        }
        int counted = 0;
        for (int item = 1; item <= 8; item++) {
            if (result.itemScore("phq9-" + item) >= 2) {
                counted++;
            }
        }
        if (result.itemScore("phq9-9") >= 1) {
            counted++;
        }
        boolean core = result.itemScore("phq9-1") >= 2 || result.itemScore("phq9-2") >= 2;
        if (core && counted >= 5) {
            return Optional.of(Syndrome.MAJOR_DEPRESSIVE);
        }
        if (core && counted >= 2) {
            return Optional.of(Syndrome.OTHER_DEPRESSIVE);
        }
        return Optional.of(Syndrome.NONE);
    }
}
