package org.openipt.termination.web;

import org.jspecify.annotations.Nullable;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.TerminationRecord;

import jakarta.validation.constraints.Size;

/** The relapse-prevention plan. */
public class PlanForm {

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String warningSigns;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String triggers;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String helpfulSkills;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String helpfulPeople;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String steps;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String seekingHelp;
    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String boosterArrangement;

    private long version;

    static PlanForm of(TerminationRecord record) {
        PlanForm form = new PlanForm();
        RelapsePlan plan = record.plan();
        form.warningSigns = plan.warningSigns();
        form.triggers = plan.triggers();
        form.helpfulSkills = plan.helpfulSkills();
        form.helpfulPeople = plan.helpfulPeople();
        form.steps = plan.steps();
        form.seekingHelp = plan.seekingHelp();
        form.boosterArrangement = plan.boosterArrangement();
        form.version = record.planVersion();
        return form;
    }

    RelapsePlan plan() {
        return new RelapsePlan(warningSigns, triggers, helpfulSkills, helpfulPeople, steps, seekingHelp,
                boosterArrangement);
    }

    public @Nullable String getWarningSigns() { return warningSigns; }
    public void setWarningSigns(@Nullable String warningSigns) { this.warningSigns = warningSigns; }
    public @Nullable String getTriggers() { return triggers; }
    public void setTriggers(@Nullable String triggers) { this.triggers = triggers; }
    public @Nullable String getHelpfulSkills() { return helpfulSkills; }
    public void setHelpfulSkills(@Nullable String helpfulSkills) { this.helpfulSkills = helpfulSkills; }
    public @Nullable String getHelpfulPeople() { return helpfulPeople; }
    public void setHelpfulPeople(@Nullable String helpfulPeople) { this.helpfulPeople = helpfulPeople; }
    public @Nullable String getSteps() { return steps; }
    public void setSteps(@Nullable String steps) { this.steps = steps; }
    public @Nullable String getSeekingHelp() { return seekingHelp; }
    public void setSeekingHelp(@Nullable String seekingHelp) { this.seekingHelp = seekingHelp; }
    public @Nullable String getBoosterArrangement() { return boosterArrangement; }
    public void setBoosterArrangement(@Nullable String boosterArrangement) { this.boosterArrangement = boosterArrangement; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
