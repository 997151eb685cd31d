package org.openipt.safety.internal;

import java.time.Instant;
import java.util.UUID;

import org.openipt.safety.SafetyPlan;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One saved version of a course's safety plan, written once and never changed; the unique number per course lets
 * only one of two racing saves in.
 */
@Table("safety_plan_version")
class SafetyPlanVersionRow implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final int number;
    @Embedded.Empty
    private final SafetyPlan plan;
    private final UUID savedBy;
    private final Instant savedAt;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    SafetyPlanVersionRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, int number, SafetyPlan plan,
            UUID savedBy, Instant savedAt) {
        this(id, organisationId, courseId, clientId, number, plan, savedBy, savedAt, false);
    }

    private SafetyPlanVersionRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, int number,
            SafetyPlan plan, UUID savedBy, Instant savedAt, boolean isNew) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.number = number;
        this.plan = plan;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.isNew = isNew;
    }

    static SafetyPlanVersionRow saved(UUID organisationId, UUID courseId, UUID clientId, int number, SafetyPlan plan,
            UUID savedBy, Instant savedAt) {
        return new SafetyPlanVersionRow(UUID.randomUUID(), organisationId, courseId, clientId, number, plan, savedBy,
                savedAt, true);
    }

    @Override
    public UUID getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
    int getNumber() { return number; }
    SafetyPlan getPlan() { return plan; }
    UUID getSavedBy() { return savedBy; }
    Instant getSavedAt() { return savedAt; }
}
