package org.openipt.inventory.web;

import org.jspecify.annotations.Nullable;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.Relationship;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Adding or changing one person of the inventory; only who they are, their role and their ring are required. */
public class RelationshipForm {

    @NotBlank(message = "{inventory.alias.required}")
    @Size(max = RelationshipFields.ALIAS_LENGTH, message = "{field.tooLong}")
    private String alias = "";

    @NotNull(message = "{inventory.role.required}")
    private @Nullable RelationshipRole role;

    @NotNull(message = "{inventory.ring.required}")
    private @Nullable ClosenessRing ring;

    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String contact;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String satisfying;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String unsatisfying;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String discussable;
    private Answer confiding = Answer.UNKNOWN;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String clientExpectations;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String otherExpectations;
    private Answer expectationsMet = Answer.UNKNOWN;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String conflicts;
    private Answer knowsAboutDepression = Answer.UNKNOWN;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String wishesToChange;
    private Answer changedNearOnset = Answer.UNKNOWN;
    @Size(max = RelationshipFields.TEXT_LENGTH, message = "{field.tooLong}")
    private @Nullable String onsetChange;
    private boolean deceased;
    @Size(max = RelationshipFields.WHEN_LENGTH, message = "{field.tooLong}")
    private @Nullable String deceasedWhen;

    private long version;

    static RelationshipForm of(Relationship relationship) {
        RelationshipFields f = relationship.fields();
        RelationshipForm form = new RelationshipForm();
        form.alias = f.alias();
        form.role = f.role();
        form.ring = f.ring();
        form.contact = f.contact();
        form.satisfying = f.satisfying();
        form.unsatisfying = f.unsatisfying();
        form.discussable = f.discussable();
        form.confiding = f.confiding();
        form.clientExpectations = f.clientExpectations();
        form.otherExpectations = f.otherExpectations();
        form.expectationsMet = f.expectationsMet();
        form.conflicts = f.conflicts();
        form.knowsAboutDepression = f.knowsAboutDepression();
        form.wishesToChange = f.wishesToChange();
        form.changedNearOnset = f.changedNearOnset();
        form.onsetChange = f.onsetChange();
        form.deceased = f.deceased();
        form.deceasedWhen = f.deceasedWhen();
        form.version = relationship.version();
        return form;
    }

    /** Only called after validation, so the required fields are present. */
    RelationshipFields fields() {
        return new RelationshipFields(alias, role, ring, contact, satisfying, unsatisfying, discussable, confiding,
                clientExpectations, otherExpectations, expectationsMet, conflicts, knowsAboutDepression,
                wishesToChange, changedNearOnset, onsetChange, deceased, deceasedWhen);
    }

    public String getAlias() { return alias; }
    public void setAlias(@Nullable String alias) { this.alias = alias == null ? "" : alias; }
    public @Nullable RelationshipRole getRole() { return role; }
    public void setRole(@Nullable RelationshipRole role) { this.role = role; }
    public @Nullable ClosenessRing getRing() { return ring; }
    public void setRing(@Nullable ClosenessRing ring) { this.ring = ring; }
    public @Nullable String getContact() { return contact; }
    public void setContact(@Nullable String contact) { this.contact = contact; }
    public @Nullable String getSatisfying() { return satisfying; }
    public void setSatisfying(@Nullable String satisfying) { this.satisfying = satisfying; }
    public @Nullable String getUnsatisfying() { return unsatisfying; }
    public void setUnsatisfying(@Nullable String unsatisfying) { this.unsatisfying = unsatisfying; }
    public @Nullable String getDiscussable() { return discussable; }
    public void setDiscussable(@Nullable String discussable) { this.discussable = discussable; }
    public Answer getConfiding() { return confiding; }
    public void setConfiding(@Nullable Answer confiding) { this.confiding = orUnknown(confiding); }
    public @Nullable String getClientExpectations() { return clientExpectations; }
    public void setClientExpectations(@Nullable String text) { this.clientExpectations = text; }
    public @Nullable String getOtherExpectations() { return otherExpectations; }
    public void setOtherExpectations(@Nullable String text) { this.otherExpectations = text; }
    public Answer getExpectationsMet() { return expectationsMet; }
    public void setExpectationsMet(@Nullable Answer answer) { this.expectationsMet = orUnknown(answer); }
    public @Nullable String getConflicts() { return conflicts; }
    public void setConflicts(@Nullable String conflicts) { this.conflicts = conflicts; }
    public Answer getKnowsAboutDepression() { return knowsAboutDepression; }
    public void setKnowsAboutDepression(@Nullable Answer answer) { this.knowsAboutDepression = orUnknown(answer); }
    public @Nullable String getWishesToChange() { return wishesToChange; }
    public void setWishesToChange(@Nullable String text) { this.wishesToChange = text; }
    public Answer getChangedNearOnset() { return changedNearOnset; }
    public void setChangedNearOnset(@Nullable Answer answer) { this.changedNearOnset = orUnknown(answer); }
    public @Nullable String getOnsetChange() { return onsetChange; }
    public void setOnsetChange(@Nullable String onsetChange) { this.onsetChange = onsetChange; }
    public boolean isDeceased() { return deceased; }
    public void setDeceased(boolean deceased) { this.deceased = deceased; }
    public @Nullable String getDeceasedWhen() { return deceasedWhen; }
    public void setDeceasedWhen(@Nullable String deceasedWhen) { this.deceasedWhen = deceasedWhen; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }

    private static Answer orUnknown(@Nullable Answer answer) {
        return answer == null ? Answer.UNKNOWN : answer;
    }
}
