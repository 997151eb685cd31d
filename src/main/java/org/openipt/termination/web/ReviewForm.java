package org.openipt.termination.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.GoalId;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.openipt.termination.TerminationRecord;

import jakarta.validation.constraints.Size;

/** The termination review: goal outcomes by goal id, the focal area, the client's account, ending and decision. */
public class ReviewForm {

    private Map<String, @Nullable GoalOutcome> outcomes = new LinkedHashMap<>();

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String focalAreaOutcome;

    @Size(max = 4000, message = "{field.tooLong}")
    private @Nullable String clientAccount;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String feelingsAboutEnding;

    private @Nullable TerminationDecision decision;

    private long version;

    static ReviewForm of(TerminationRecord record) {
        ReviewForm form = new ReviewForm();
        record.review().goalOutcomes().forEach((goal, outcome) -> form.outcomes.put(goal.toString(), outcome));
        form.focalAreaOutcome = record.review().focalAreaOutcome();
        form.clientAccount = record.review().clientAccount();
        form.feelingsAboutEnding = record.review().feelingsAboutEnding();
        form.decision = record.review().decision();
        form.version = record.reviewVersion();
        return form;
    }

    ReviewEntry entry() {
        Map<GoalId, GoalOutcome> goalOutcomes = new LinkedHashMap<>();
        outcomes.forEach((goal, outcome) -> {
            if (outcome != null) {
                goalOutcomes.put(GoalId.of(goal), outcome);
            }
        });
        return new ReviewEntry(goalOutcomes, focalAreaOutcome, clientAccount, feelingsAboutEnding, decision);
    }

    public Map<String, @Nullable GoalOutcome> getOutcomes() { return outcomes; }
    public void setOutcomes(Map<String, @Nullable GoalOutcome> outcomes) { this.outcomes = outcomes; }
    public @Nullable String getFocalAreaOutcome() { return focalAreaOutcome; }
    public void setFocalAreaOutcome(@Nullable String focalAreaOutcome) { this.focalAreaOutcome = focalAreaOutcome; }
    public @Nullable String getClientAccount() { return clientAccount; }
    public void setClientAccount(@Nullable String clientAccount) { this.clientAccount = clientAccount; }
    public @Nullable String getFeelingsAboutEnding() { return feelingsAboutEnding; }
    public void setFeelingsAboutEnding(@Nullable String feelingsAboutEnding) { this.feelingsAboutEnding = feelingsAboutEnding; }
    public @Nullable TerminationDecision getDecision() { return decision; }
    public void setDecision(@Nullable TerminationDecision decision) { this.decision = decision; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
