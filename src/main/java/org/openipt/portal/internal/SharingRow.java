package org.openipt.portal.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.portal.Sharing;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A course's sharing choices, one row per course once the clinician has chosen. */
@Table("portal_sharing")
class SharingRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private boolean formulation;
    private boolean goals;
    private Instant changedAt;
    private UUID changedBy;
    @Version
    private @Nullable Long version;

    SharingRow(UUID id, UUID organisationId, UUID courseId, boolean formulation, boolean goals, Instant changedAt,
            UUID changedBy, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.formulation = formulation;
        this.goals = goals;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    void change(Sharing sharing, UUID by, Instant now, long expectedVersion) {
        this.formulation = sharing.formulation();
        this.goals = sharing.goals();
        this.changedBy = by;
        this.changedAt = now;
        this.version = expectedVersion;
    }

    Sharing sharing() {
        return new Sharing(formulation, goals);
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
