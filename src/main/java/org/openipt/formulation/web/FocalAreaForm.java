package org.openipt.formulation.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.DeficitsDetail;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FocalAreaDetail;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.GriefDetail;
import org.openipt.formulation.ProblemArea;
import org.openipt.formulation.StageChange;
import org.openipt.formulation.TransitionDetail;
import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A focal problem area and the detail of its area; only the fields of the chosen area are kept. The stage fields
 * give a new role dispute its first stage; later stages are changed with {@link DisputeStageForm}.
 */
public class FocalAreaForm {

    @NotNull(message = "{focalArea.area.required}")
    private @Nullable ProblemArea area;

    private @Nullable DisputeStage stage;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate stageOn;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate griefDiedOn;

    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String griefPerson;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String griefCircumstances;

    @Size(max = 1000, message = "{field.tooLong}")
    private @Nullable String griefAnniversaries;

    @Size(max = 200, message = "{field.tooLong}")
    private @Nullable String disputeWith;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String disputeIssues;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String disputeClientExpectations;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String disputeOtherExpectations;

    @Size(max = 1000, message = "{field.tooLong}")
    private @Nullable String transitionOldRole;

    @Size(max = 1000, message = "{field.tooLong}")
    private @Nullable String transitionNewRole;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String transitionLosses;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String transitionGains;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String transitionSkills;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String transitionSupports;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String deficitsIsolation;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String deficitsPastPatterns;

    @Size(max = 2000, message = "{field.tooLong}")
    private @Nullable String deficitsContacts;

    private long version;

    static FocalAreaForm of(FocalArea a) {
        FocalAreaForm form = new FocalAreaForm();
        form.area = a.area();
        form.stage = a.currentStage();
        switch (a.detail()) {
            case GriefDetail grief -> {
                form.griefPerson = grief.person();
                form.griefDiedOn = grief.diedOn();
                form.griefCircumstances = grief.circumstances();
                form.griefAnniversaries = grief.anniversaries();
            }
            case DisputeDetail dispute -> {
                form.disputeWith = dispute.withWhom();
                form.disputeIssues = dispute.issues();
                form.disputeClientExpectations = dispute.clientExpectations();
                form.disputeOtherExpectations = dispute.otherExpectations();
            }
            case TransitionDetail transition -> {
                form.transitionOldRole = transition.oldRole();
                form.transitionNewRole = transition.newRole();
                form.transitionLosses = transition.losses();
                form.transitionGains = transition.gains();
                form.transitionSkills = transition.skillsNeeded();
                form.transitionSupports = transition.newSupports();
            }
            case DeficitsDetail deficits -> {
                form.deficitsIsolation = deficits.isolationPattern();
                form.deficitsPastPatterns = deficits.pastPatterns();
                form.deficitsContacts = deficits.contactsToBuild();
            }
        }
        form.version = a.version();
        return form;
    }

    /**
     * The detail of the chosen area (the fields of the other areas are dropped). A new role dispute starts at the
     * chosen stage, from the day given or today.
     */
    FocalAreaEntry entry(LocalDate today) {
        FocalAreaDetail detail = switch (area == null ? ProblemArea.GRIEF : area) {
            case GRIEF -> new GriefDetail(griefPerson, griefDiedOn, griefCircumstances, griefAnniversaries);
            case ROLE_DISPUTE -> new DisputeDetail(disputeWith, disputeIssues, disputeClientExpectations,
                    disputeOtherExpectations, stage == null ? List.of()
                            : List.of(new StageChange(stage, stageOn == null ? today : stageOn)));
            case ROLE_TRANSITION -> new TransitionDetail(transitionOldRole, transitionNewRole, transitionLosses,
                    transitionGains, transitionSkills, transitionSupports);
            case INTERPERSONAL_DEFICITS -> new DeficitsDetail(deficitsIsolation, deficitsPastPatterns,
                    deficitsContacts);
        };
        return new FocalAreaEntry(detail);
    }

    public @Nullable ProblemArea getArea() { return area; }
    public void setArea(@Nullable ProblemArea area) { this.area = area; }
    public @Nullable DisputeStage getStage() { return stage; }
    public void setStage(@Nullable DisputeStage stage) { this.stage = stage; }
    public @Nullable LocalDate getStageOn() { return stageOn; }
    public void setStageOn(@Nullable LocalDate stageOn) { this.stageOn = stageOn; }
    public @Nullable LocalDate getGriefDiedOn() { return griefDiedOn; }
    public void setGriefDiedOn(@Nullable LocalDate griefDiedOn) { this.griefDiedOn = griefDiedOn; }
    public @Nullable String getGriefPerson() { return griefPerson; }
    public void setGriefPerson(@Nullable String griefPerson) { this.griefPerson = griefPerson; }
    public @Nullable String getGriefCircumstances() { return griefCircumstances; }
    public void setGriefCircumstances(@Nullable String griefCircumstances) { this.griefCircumstances = griefCircumstances; }
    public @Nullable String getGriefAnniversaries() { return griefAnniversaries; }
    public void setGriefAnniversaries(@Nullable String griefAnniversaries) { this.griefAnniversaries = griefAnniversaries; }
    public @Nullable String getDisputeWith() { return disputeWith; }
    public void setDisputeWith(@Nullable String disputeWith) { this.disputeWith = disputeWith; }
    public @Nullable String getDisputeIssues() { return disputeIssues; }
    public void setDisputeIssues(@Nullable String disputeIssues) { this.disputeIssues = disputeIssues; }
    public @Nullable String getDisputeClientExpectations() { return disputeClientExpectations; }
    public void setDisputeClientExpectations(@Nullable String disputeClientExpectations) { this.disputeClientExpectations = disputeClientExpectations; }
    public @Nullable String getDisputeOtherExpectations() { return disputeOtherExpectations; }
    public void setDisputeOtherExpectations(@Nullable String disputeOtherExpectations) { this.disputeOtherExpectations = disputeOtherExpectations; }
    public @Nullable String getTransitionOldRole() { return transitionOldRole; }
    public void setTransitionOldRole(@Nullable String transitionOldRole) { this.transitionOldRole = transitionOldRole; }
    public @Nullable String getTransitionNewRole() { return transitionNewRole; }
    public void setTransitionNewRole(@Nullable String transitionNewRole) { this.transitionNewRole = transitionNewRole; }
    public @Nullable String getTransitionLosses() { return transitionLosses; }
    public void setTransitionLosses(@Nullable String transitionLosses) { this.transitionLosses = transitionLosses; }
    public @Nullable String getTransitionGains() { return transitionGains; }
    public void setTransitionGains(@Nullable String transitionGains) { this.transitionGains = transitionGains; }
    public @Nullable String getTransitionSkills() { return transitionSkills; }
    public void setTransitionSkills(@Nullable String transitionSkills) { this.transitionSkills = transitionSkills; }
    public @Nullable String getTransitionSupports() { return transitionSupports; }
    public void setTransitionSupports(@Nullable String transitionSupports) { this.transitionSupports = transitionSupports; }
    public @Nullable String getDeficitsIsolation() { return deficitsIsolation; }
    public void setDeficitsIsolation(@Nullable String deficitsIsolation) { this.deficitsIsolation = deficitsIsolation; }
    public @Nullable String getDeficitsPastPatterns() { return deficitsPastPatterns; }
    public void setDeficitsPastPatterns(@Nullable String deficitsPastPatterns) { this.deficitsPastPatterns = deficitsPastPatterns; }
    public @Nullable String getDeficitsContacts() { return deficitsContacts; }
    public void setDeficitsContacts(@Nullable String deficitsContacts) { this.deficitsContacts = deficitsContacts; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
