package org.openipt.safety;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/** A line of a list of risk events, without clinical text. */
public record RiskEventSummary(RiskEventId id, CourseId courseId, ClientId clientId, RiskSource source,
        RiskState state, @Nullable RiskLevel level, Instant openedAt, @Nullable Instant escalatedAt) {

    public boolean escalated() {
        return escalatedAt != null;
    }
}
