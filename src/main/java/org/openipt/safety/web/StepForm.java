package org.openipt.safety.web;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.RiskAction;
import org.openipt.safety.RiskEventRules;
import org.openipt.safety.RiskLevel;
import org.openipt.shared.web.Choices;

import jakarta.validation.constraints.Size;

/** A step of a risk event: the version read, and what the step records (a level and assessment, actions, a note). */
public class StepForm {

    private long version;
    private @Nullable RiskLevel level;
    @Size(max = RiskEventRules.MAX_TEXT, message = "{field.tooLong}")
    private @Nullable String assessment;
    private Set<RiskAction> actions = EnumSet.noneOf(RiskAction.class);
    @Size(max = RiskEventRules.MAX_TEXT, message = "{field.tooLong}")
    private @Nullable String note;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
    public @Nullable RiskLevel getLevel() { return level; }
    public void setLevel(@Nullable RiskLevel level) { this.level = level; }
    public @Nullable String getAssessment() { return assessment; }
    public void setAssessment(@Nullable String assessment) { this.assessment = assessment; }
    public Set<RiskAction> getActions() { return actions; }
    public void setActions(@Nullable Set<RiskAction> actions) {
        this.actions = Choices.of(actions, RiskAction.class);
    }
    public @Nullable String getNote() { return note; }
    public void setNote(@Nullable String note) { this.note = note; }
}
