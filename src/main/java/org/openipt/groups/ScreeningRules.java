package org.openipt.groups;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.measures.ScoreResult;

/**
 * Screening for a group: a risk answer excludes the person whatever the total (they are referred on, not put in a
 * group); otherwise a complete questionnaire at or above the day's cut-off makes them eligible. Pure.
 */
public final class ScreeningRules {

    public static final int NAME_LENGTH = 200;
    public static final int OLDEST = 120;

    private ScreeningRules() {
    }

    public static ScreeningOutcome outcome(ScoreResult score, int eligibleFrom) {
        if (!score.riskItemsEndorsed().isEmpty()) {
            return ScreeningOutcome.EXCLUDED_FOR_RISK;
        }
        if (score.total() == null || !score.missingItems().isEmpty()) {
            return ScreeningOutcome.INCOMPLETE;
        }
        return score.total() >= eligibleFrom ? ScreeningOutcome.ELIGIBLE : ScreeningOutcome.BELOW_CUT_OFF;
    }

    /** What is wrong with one person's line: a name, a plausible age, texts within their lengths. */
    public static List<String> problemsWith(@Nullable String name, @Nullable String site, @Nullable Integer age) {
        List<String> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add("screening.name.required");
        }
        else if (name.length() > NAME_LENGTH) {
            problems.add("screening.name.tooLong");
        }
        if (site != null && site.length() > GroupSettings.SITE_LENGTH) {
            problems.add("group.site.tooLong");
        }
        if (age != null && (age < 0 || age > OLDEST)) {
            problems.add("screening.age.invalid");
        }
        return problems;
    }
}
