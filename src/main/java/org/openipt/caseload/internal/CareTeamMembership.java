package org.openipt.caseload.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.MembershipKind;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One membership of a client's care team. While it is active, {@code activeClinicianId} repeats the clinician and,
 * for the responsible clinician, {@code responsibleClientId} repeats the client: the database's unique constraints
 * on them keep a clinician once per team and one responsible clinician per client, even against two saves at once.
 */
@Table("care_team_membership")
public class CareTeamMembership {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID clientId;
    private final UUID clinicianId;
    private final MembershipKind kind;
    private final LocalDate startedOn;
    private final @Nullable String startReason;
    private final @Nullable UUID startedBy;
    private @Nullable LocalDate endedOn;
    private @Nullable String endReason;
    private @Nullable UUID endedBy;
    private @Nullable UUID activeClinicianId;
    private @Nullable UUID responsibleClientId;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    CareTeamMembership(UUID id, UUID organisationId, UUID clientId, UUID clinicianId, MembershipKind kind,
            LocalDate startedOn, @Nullable String startReason, @Nullable UUID startedBy, @Nullable LocalDate endedOn,
            @Nullable String endReason, @Nullable UUID endedBy, @Nullable UUID activeClinicianId,
            @Nullable UUID responsibleClientId, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.clinicianId = clinicianId;
        this.kind = kind;
        this.startedOn = startedOn;
        this.startReason = startReason;
        this.startedBy = startedBy;
        this.endedOn = endedOn;
        this.endReason = endReason;
        this.endedBy = endedBy;
        this.activeClinicianId = activeClinicianId;
        this.responsibleClientId = responsibleClientId;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static CareTeamMembership begin(UUID organisationId, UUID clientId, UUID clinicianId, MembershipKind kind,
            LocalDate on, @Nullable String reason, @Nullable UUID by, Instant now) {
        return new CareTeamMembership(UUID.randomUUID(), organisationId, clientId, clinicianId, kind, on, reason, by,
                null, null, null, clinicianId, kind == MembershipKind.RESPONSIBLE_CLINICIAN ? clientId : null, now,
                null);
    }

    public void end(LocalDate on, @Nullable String reason, UUID by) {
        this.endedOn = on;
        this.endReason = reason;
        this.endedBy = by;
        this.activeClinicianId = null;
        this.responsibleClientId = null;
    }

    public boolean active() {
        return endedOn == null;
    }

    public UUID getId() { return id; }
    public UUID getOrganisationId() { return organisationId; }
    public UUID getClientId() { return clientId; }
    public UUID getClinicianId() { return clinicianId; }
    public MembershipKind getKind() { return kind; }
    public LocalDate getStartedOn() { return startedOn; }
    public @Nullable String getStartReason() { return startReason; }
    public @Nullable LocalDate getEndedOn() { return endedOn; }
    public @Nullable String getEndReason() { return endReason; }
    public long getVersion() { return version == null ? 0 : version; }
}
