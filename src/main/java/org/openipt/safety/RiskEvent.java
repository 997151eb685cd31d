package org.openipt.safety;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;

/** A risk event as its page shows it: what raised it, where it stands, every step with who and when. */
public record RiskEvent(RiskEventId id, CourseId courseId, ClientId clientId, RiskSource source,
        List<RiskAnswer> answers, @Nullable String disclosure, RiskState state, @Nullable RiskLevel level,
        @Nullable String assessment, Set<RiskAction> actions, @Nullable String actionNote, @Nullable String closeNote,
        List<RiskStepRecord> steps, Instant openedAt, @Nullable Instant escalatedAt, long version) {

    public RiskEvent {
        answers = List.copyOf(answers);
        actions = Set.copyOf(actions);
        steps = List.copyOf(steps);
    }

    public boolean escalated() {
        return escalatedAt != null;
    }

    public boolean open() {
        return state.isOpen();
    }

    public List<RiskStep> nextSteps() {
        return RiskEventRules.nextSteps(state);
    }
}
