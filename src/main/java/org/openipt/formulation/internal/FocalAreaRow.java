package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.DeficitsDetail;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FocalAreaDetail;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.GriefDetail;
import org.openipt.formulation.ProblemArea;
import org.openipt.formulation.StageChange;
import org.openipt.formulation.TransitionDetail;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A focal problem area of a course. Only the columns of its own area are filled. */
@Table("focal_area")
class FocalAreaRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private ProblemArea area;
    private @Nullable String griefPerson;
    private @Nullable LocalDate griefDiedOn;
    private @Nullable String griefCircumstances;
    private @Nullable String griefAnniversaries;
    private @Nullable String disputeWith;
    private @Nullable String disputeIssues;
    private @Nullable String disputeClientExpectations;
    private @Nullable String disputeOtherExpectations;
    private @Nullable String transitionOldRole;
    private @Nullable String transitionNewRole;
    private @Nullable String transitionLosses;
    private @Nullable String transitionGains;
    private @Nullable String transitionSkills;
    private @Nullable String transitionSupports;
    private @Nullable String deficitsIsolation;
    private @Nullable String deficitsPastPatterns;
    private @Nullable String deficitsContacts;
    @MappedCollection(idColumn = "focal_area_id", keyColumn = "position")
    private List<StageRow> stages;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    FocalAreaRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, ProblemArea area,
            @Nullable String griefPerson, @Nullable LocalDate griefDiedOn, @Nullable String griefCircumstances,
            @Nullable String griefAnniversaries, @Nullable String disputeWith, @Nullable String disputeIssues,
            @Nullable String disputeClientExpectations, @Nullable String disputeOtherExpectations,
            @Nullable String transitionOldRole, @Nullable String transitionNewRole, @Nullable String transitionLosses,
            @Nullable String transitionGains, @Nullable String transitionSkills, @Nullable String transitionSupports,
            @Nullable String deficitsIsolation, @Nullable String deficitsPastPatterns,
            @Nullable String deficitsContacts, List<StageRow> stages, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.area = area;
        this.griefPerson = griefPerson;
        this.griefDiedOn = griefDiedOn;
        this.griefCircumstances = griefCircumstances;
        this.griefAnniversaries = griefAnniversaries;
        this.disputeWith = disputeWith;
        this.disputeIssues = disputeIssues;
        this.disputeClientExpectations = disputeClientExpectations;
        this.disputeOtherExpectations = disputeOtherExpectations;
        this.transitionOldRole = transitionOldRole;
        this.transitionNewRole = transitionNewRole;
        this.transitionLosses = transitionLosses;
        this.transitionGains = transitionGains;
        this.transitionSkills = transitionSkills;
        this.transitionSupports = transitionSupports;
        this.deficitsIsolation = deficitsIsolation;
        this.deficitsPastPatterns = deficitsPastPatterns;
        this.deficitsContacts = deficitsContacts;
        this.stages = new ArrayList<>(stages);
        this.createdAt = createdAt;
        this.version = version;
    }

    static FocalAreaRow of(UUID organisationId, UUID courseId, UUID clientId, ProblemArea area, Instant now) {
        return new FocalAreaRow(UUID.randomUUID(), organisationId, courseId, clientId, area, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, List.of(), now, null);
    }

    /** Keeps the detail of the entry's area and clears the others; {@code history} is the stage history to keep. */
    void record(FocalAreaEntry entry, List<StageChange> history) {
        this.area = entry.area();
        GriefDetail grief = entry.detail() instanceof GriefDetail g ? g : GriefDetail.NONE;
        this.griefPerson = Text.clean(grief.person());
        this.griefDiedOn = grief.diedOn();
        this.griefCircumstances = Text.clean(grief.circumstances());
        this.griefAnniversaries = Text.clean(grief.anniversaries());
        DisputeDetail dispute = entry.detail() instanceof DisputeDetail d ? d : DisputeDetail.NONE;
        this.disputeWith = Text.clean(dispute.withWhom());
        this.disputeIssues = Text.clean(dispute.issues());
        this.disputeClientExpectations = Text.clean(dispute.clientExpectations());
        this.disputeOtherExpectations = Text.clean(dispute.otherExpectations());
        TransitionDetail transition = entry.detail() instanceof TransitionDetail t ? t : TransitionDetail.NONE;
        this.transitionOldRole = Text.clean(transition.oldRole());
        this.transitionNewRole = Text.clean(transition.newRole());
        this.transitionLosses = Text.clean(transition.losses());
        this.transitionGains = Text.clean(transition.gains());
        this.transitionSkills = Text.clean(transition.skillsNeeded());
        this.transitionSupports = Text.clean(transition.newSupports());
        DeficitsDetail deficits = entry.detail() instanceof DeficitsDetail d ? d : DeficitsDetail.NONE;
        this.deficitsIsolation = Text.clean(deficits.isolationPattern());
        this.deficitsPastPatterns = Text.clean(deficits.pastPatterns());
        this.deficitsContacts = Text.clean(deficits.contactsToBuild());
        changeStages(history);
    }

    /** The stage history is kept even if the area changes, so nothing of the record is lost. */
    void changeStages(List<StageChange> history) {
        this.stages = new ArrayList<>(history.stream().map(c -> new StageRow(c.stage(), c.on())).toList());
    }

    List<StageChange> stageHistory() {
        return stages.stream().map(s -> new StageChange(s.stage(), s.changedOn())).toList();
    }

    FocalArea view() {
        FocalAreaDetail detail = switch (area) {
            case GRIEF -> new GriefDetail(griefPerson, griefDiedOn, griefCircumstances, griefAnniversaries);
            case ROLE_DISPUTE -> new DisputeDetail(disputeWith, disputeIssues, disputeClientExpectations,
                    disputeOtherExpectations, stageHistory());
            case ROLE_TRANSITION -> new TransitionDetail(transitionOldRole, transitionNewRole, transitionLosses,
                    transitionGains, transitionSkills, transitionSupports);
            case INTERPERSONAL_DEFICITS -> new DeficitsDetail(deficitsIsolation, deficitsPastPatterns,
                    deficitsContacts);
        };
        return new FocalArea(new FocalAreaId(id), detail, version == null ? 0 : version);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    ProblemArea getArea() { return area; }

    /** One step of the stage history of a role dispute. */
    @Table("dispute_stage_change")
    record StageRow(DisputeStage stage, LocalDate changedOn) {
    }
}
