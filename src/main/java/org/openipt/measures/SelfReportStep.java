package org.openipt.measures;

/** What answering one question of a questionnaire in the portal led to. */
public sealed interface SelfReportStep {

    /** The answer is kept with the others; the client goes on. */
    record Saved(SelfReportDraft draft) implements SelfReportStep {
    }

    /**
     * The answer was a risk answer: the response was stored at once with every answer given so far, and the team's
     * risk event opened with it, rather than waiting for the client to send it (they might never).
     */
    record SentForRisk(ResponseId response) implements SelfReportStep {
    }
}
