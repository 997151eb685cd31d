package org.openipt.audit.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditOutcome;
import org.openipt.identity.CurrentUser;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** An audit row: written once, never changed (the database refuses updates and deletes). */
@Table("audit_record")
public class AuditRecord implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final Instant occurredAt;
    private final @Nullable UUID organisationId;
    private final @Nullable UUID userId;
    private final @Nullable String userRole;
    private final @Nullable UUID clientId;
    private final String action;
    private final String objectType;
    private final @Nullable UUID objectId;
    private final String outcome;
    private final @Nullable String detail;
    private final @Nullable UUID emergencyAccessId;
    @Transient
    private final boolean fresh;

    @PersistenceCreator
    AuditRecord(UUID id, Instant occurredAt, @Nullable UUID organisationId, @Nullable UUID userId,
            @Nullable String userRole, @Nullable UUID clientId, String action, String objectType,
            @Nullable UUID objectId, String outcome, @Nullable String detail, @Nullable UUID emergencyAccessId) {
        this(id, occurredAt, organisationId, userId, userRole, clientId, action, objectType, objectId, outcome, detail,
                emergencyAccessId, false);
    }

    private AuditRecord(UUID id, Instant occurredAt, @Nullable UUID organisationId, @Nullable UUID userId,
            @Nullable String userRole, @Nullable UUID clientId, String action, String objectType,
            @Nullable UUID objectId, String outcome, @Nullable String detail, @Nullable UUID emergencyAccessId,
            boolean fresh) {
        this.id = id;
        this.occurredAt = occurredAt;
        this.organisationId = organisationId;
        this.userId = userId;
        this.userRole = userRole;
        this.clientId = clientId;
        this.action = action;
        this.objectType = objectType;
        this.objectId = objectId;
        this.outcome = outcome;
        this.detail = detail;
        this.emergencyAccessId = emergencyAccessId;
        this.fresh = fresh;
    }

    /** A new row; {@code emergencyAccessId} names the emergency access the user acted under, if any. */
    public static AuditRecord of(Instant now, CurrentUser user, @Nullable UUID clientId, AuditAction action,
            String objectType, @Nullable UUID objectId, AuditOutcome outcome, @Nullable String detail,
            @Nullable UUID emergencyAccessId) {
        return new AuditRecord(UUID.randomUUID(), now, user.organisationId().value(), user.id().value(),
                user.role().name(), clientId, action.name(), objectType, objectId, outcome.name(), detail,
                emergencyAccessId, true);
    }

    @Override
    public UUID getId() {
        return id;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable UUID getUserId() {
        return userId;
    }

    public @Nullable String getUserRole() {
        return userRole;
    }

    public String getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public @Nullable UUID getObjectId() {
        return objectId;
    }

    public String getOutcome() {
        return outcome;
    }

    public @Nullable String getDetail() {
        return detail;
    }

    public @Nullable UUID getEmergencyAccessId() {
        return emergencyAccessId;
    }
}
