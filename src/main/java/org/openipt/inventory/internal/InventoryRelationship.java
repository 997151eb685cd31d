package org.openipt.inventory.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One significant relationship of a course's client, as the inventory records it. */
@Table("inventory_relationship")
class InventoryRelationship {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private String alias;
    private RelationshipRole role;
    private ClosenessRing ring;
    private @Nullable String contact;
    private @Nullable String satisfying;
    private @Nullable String unsatisfying;
    private @Nullable String discussable;
    private Answer confiding;
    private @Nullable String clientExpectations;
    private @Nullable String otherExpectations;
    private Answer expectationsMet;
    private @Nullable String conflicts;
    private Answer knowsAboutDepression;
    private @Nullable String wishesToChange;
    private Answer changedNearOnset;
    private @Nullable String onsetChange;
    private boolean deceased;
    private @Nullable String deceasedWhen;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    InventoryRelationship(UUID id, UUID organisationId, UUID courseId, UUID clientId, String alias,
            RelationshipRole role, ClosenessRing ring, @Nullable String contact, @Nullable String satisfying,
            @Nullable String unsatisfying, @Nullable String discussable, Answer confiding,
            @Nullable String clientExpectations, @Nullable String otherExpectations, Answer expectationsMet,
            @Nullable String conflicts, Answer knowsAboutDepression, @Nullable String wishesToChange,
            Answer changedNearOnset, @Nullable String onsetChange, boolean deceased, @Nullable String deceasedWhen,
            Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.alias = alias;
        this.role = role;
        this.ring = ring;
        this.contact = contact;
        this.satisfying = satisfying;
        this.unsatisfying = unsatisfying;
        this.discussable = discussable;
        this.confiding = confiding;
        this.clientExpectations = clientExpectations;
        this.otherExpectations = otherExpectations;
        this.expectationsMet = expectationsMet;
        this.conflicts = conflicts;
        this.knowsAboutDepression = knowsAboutDepression;
        this.wishesToChange = wishesToChange;
        this.changedNearOnset = changedNearOnset;
        this.onsetChange = onsetChange;
        this.deceased = deceased;
        this.deceasedWhen = deceasedWhen;
        this.createdAt = createdAt;
        this.version = version;
    }

    static InventoryRelationship of(UUID organisationId, UUID courseId, UUID clientId, RelationshipFields fields,
            Instant now) {
        InventoryRelationship relationship = new InventoryRelationship(UUID.randomUUID(), organisationId, courseId,
                clientId, fields.alias(), fields.role(), fields.ring(), null, null, null, null, Answer.UNKNOWN, null,
                null, Answer.UNKNOWN, null, Answer.UNKNOWN, null, Answer.UNKNOWN, null, false, null, now, null);
        relationship.record(fields);
        return relationship;
    }

    void record(RelationshipFields fields) {
        this.alias = fields.alias();
        this.role = fields.role();
        this.ring = fields.ring();
        this.contact = fields.contact();
        this.satisfying = fields.satisfying();
        this.unsatisfying = fields.unsatisfying();
        this.discussable = fields.discussable();
        this.confiding = fields.confiding();
        this.clientExpectations = fields.clientExpectations();
        this.otherExpectations = fields.otherExpectations();
        this.expectationsMet = fields.expectationsMet();
        this.conflicts = fields.conflicts();
        this.knowsAboutDepression = fields.knowsAboutDepression();
        this.wishesToChange = fields.wishesToChange();
        this.changedNearOnset = fields.changedNearOnset();
        this.onsetChange = fields.onsetChange();
        this.deceased = fields.deceased();
        this.deceasedWhen = fields.deceasedWhen();
    }

    RelationshipFields fields() {
        return new RelationshipFields(alias, role, ring, contact, satisfying, unsatisfying, discussable, confiding,
                clientExpectations, otherExpectations, expectationsMet, conflicts, knowsAboutDepression,
                wishesToChange, changedNearOnset, onsetChange, deceased, deceasedWhen);
    }

    void expectVersion(long version) {
        this.version = version;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version == null ? 0 : version; }
}
