package org.openipt.caseload.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Transient;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** One emergency access, written once and never changed. */
@Table("emergency_access")
public class EmergencyAccessRow implements Persistable<UUID> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID clientId;
    private final UUID clinicianId;
    private final String reason;
    private final Instant startedAt;
    private final Instant expiresAt;
    @Transient
    private final boolean isNew;

    @PersistenceCreator
    EmergencyAccessRow(UUID id, UUID organisationId, UUID clientId, UUID clinicianId, String reason, Instant startedAt,
            Instant expiresAt) {
        this(id, organisationId, clientId, clinicianId, reason, startedAt, expiresAt, false);
    }

    private EmergencyAccessRow(UUID id, UUID organisationId, UUID clientId, UUID clinicianId, String reason,
            Instant startedAt, Instant expiresAt, boolean isNew) {
        this.id = id;
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.reason = reason;
        this.startedAt = startedAt;
        this.expiresAt = expiresAt;
        this.isNew = isNew;
    }

    public static EmergencyAccessRow open(UUID organisationId, UUID clientId, UUID clinicianId, String reason,
            Instant startedAt, Instant expiresAt) {
        return new EmergencyAccessRow(UUID.randomUUID(), organisationId, clientId, clinicianId, reason, startedAt,
                expiresAt, true);
    }

    @Override
    public UUID getId() { return id; }
    @Override
    public boolean isNew() { return isNew; }
    public UUID getOrganisationId() { return organisationId; }
    public UUID getClientId() { return clientId; }
    public UUID getClinicianId() { return clinicianId; }
    public String getReason() { return reason; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getExpiresAt() { return expiresAt; }
}
