package org.openipt.safety.web;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanPage;

import jakarta.validation.constraints.Size;

/** The safety plan's seven parts and the version it was read at (0 before the first save). */
public class SafetyPlanForm {

    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String warningSigns;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String copingAlone;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String distractions;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String peopleToAsk;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String professionals;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String safeSurroundings;
    @Size(max = SafetyPlan.MAX_SECTION, message = "{field.tooLong}")
    private @Nullable String reasonsForLiving;
    private int basedOn;

    static SafetyPlanForm of(SafetyPlanPage page) {
        SafetyPlanForm form = new SafetyPlanForm();
        SafetyPlan plan = page.plan();
        form.warningSigns = plan.warningSigns();
        form.copingAlone = plan.copingAlone();
        form.distractions = plan.distractions();
        form.peopleToAsk = plan.peopleToAsk();
        form.professionals = plan.professionals();
        form.safeSurroundings = plan.safeSurroundings();
        form.reasonsForLiving = plan.reasonsForLiving();
        form.basedOn = page.currentNumber();
        return form;
    }

    SafetyPlan plan() {
        return new SafetyPlan(warningSigns, copingAlone, distractions, peopleToAsk, professionals, safeSurroundings,
                reasonsForLiving);
    }

    public @Nullable String getWarningSigns() { return warningSigns; }
    public void setWarningSigns(@Nullable String value) { this.warningSigns = value; }
    public @Nullable String getCopingAlone() { return copingAlone; }
    public void setCopingAlone(@Nullable String value) { this.copingAlone = value; }
    public @Nullable String getDistractions() { return distractions; }
    public void setDistractions(@Nullable String value) { this.distractions = value; }
    public @Nullable String getPeopleToAsk() { return peopleToAsk; }
    public void setPeopleToAsk(@Nullable String value) { this.peopleToAsk = value; }
    public @Nullable String getProfessionals() { return professionals; }
    public void setProfessionals(@Nullable String value) { this.professionals = value; }
    public @Nullable String getSafeSurroundings() { return safeSurroundings; }
    public void setSafeSurroundings(@Nullable String value) { this.safeSurroundings = value; }
    public @Nullable String getReasonsForLiving() { return reasonsForLiving; }
    public void setReasonsForLiving(@Nullable String value) { this.reasonsForLiving = value; }
    public int getBasedOn() { return basedOn; }
    public void setBasedOn(int basedOn) { this.basedOn = basedOn; }
}
