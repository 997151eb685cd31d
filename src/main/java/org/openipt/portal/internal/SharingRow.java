package org.openipt.portal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.portal.SharedPart;
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
    private boolean closenessCircle;
    private boolean timeline;
    private boolean worksheets;
    private boolean charts;
    private Instant changedAt;
    private UUID changedBy;
    @Version
    private @Nullable Long version;

    SharingRow(UUID id, UUID organisationId, UUID courseId, boolean formulation, boolean goals,
            boolean closenessCircle, boolean timeline, boolean worksheets, boolean charts, Instant changedAt,
            UUID changedBy, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.formulation = formulation;
        this.goals = goals;
        this.closenessCircle = closenessCircle;
        this.timeline = timeline;
        this.worksheets = worksheets;
        this.charts = charts;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.version = version;
    }

    static SharingRow first(UUID organisationId, UUID courseId, Sharing sharing, UUID by, Instant now) {
        SharingRow row = new SharingRow(UUID.randomUUID(), organisationId, courseId, false, false, false, false,
                false, false, now, by, null);
        row.show(sharing);
        return row;
    }

    void change(Sharing sharing, UUID by, Instant now, long expectedVersion) {
        show(sharing);
        this.changedBy = by;
        this.changedAt = now;
        this.version = expectedVersion;
    }

    private void show(Sharing sharing) {
        this.formulation = sharing.formulation();
        this.goals = sharing.goals();
        this.closenessCircle = sharing.closenessCircle();
        this.timeline = sharing.timeline();
        this.worksheets = sharing.worksheets();
        this.charts = sharing.charts();
    }

    Sharing sharing() {
        List<SharedPart> parts = new ArrayList<>();
        addIf(parts, formulation, SharedPart.FORMULATION);
        addIf(parts, goals, SharedPart.GOALS);
        addIf(parts, closenessCircle, SharedPart.CLOSENESS_CIRCLE);
        addIf(parts, timeline, SharedPart.TIMELINE);
        addIf(parts, worksheets, SharedPart.WORKSHEETS);
        addIf(parts, charts, SharedPart.CHARTS);
        return Sharing.of(parts);
    }

    private static void addIf(List<SharedPart> parts, boolean shown, SharedPart part) {
        if (shown) {
            parts.add(part);
        }
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
