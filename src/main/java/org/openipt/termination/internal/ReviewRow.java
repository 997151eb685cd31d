package org.openipt.termination.internal;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.GoalId;
import org.openipt.shared.Text;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

@Table("termination_review")
class ReviewRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    @MappedCollection(idColumn = "review_id")
    private Set<GoalOutcomeRow> goalOutcomes;
    private @Nullable String focalAreaOutcome;
    private @Nullable String clientAccount;
    private @Nullable String feelingsAboutEnding;
    private @Nullable String decision;
    private @Nullable UUID maintenanceCourseId;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    ReviewRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, Set<GoalOutcomeRow> goalOutcomes,
            @Nullable String focalAreaOutcome, @Nullable String clientAccount, @Nullable String feelingsAboutEnding,
            @Nullable String decision, @Nullable UUID maintenanceCourseId, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.goalOutcomes = new HashSet<>(goalOutcomes);
        this.focalAreaOutcome = focalAreaOutcome;
        this.clientAccount = clientAccount;
        this.feelingsAboutEnding = feelingsAboutEnding;
        this.decision = decision;
        this.maintenanceCourseId = maintenanceCourseId;
        this.createdAt = createdAt;
        this.version = version;
    }

    static ReviewRow of(UUID organisationId, UUID courseId, UUID clientId, Instant now) {
        return new ReviewRow(UUID.randomUUID(), organisationId, courseId, clientId, Set.of(), null, null, null, null,
                null, now, null);
    }

    void record(ReviewEntry entry) {
        Set<GoalOutcomeRow> outcomes = new HashSet<>();
        entry.goalOutcomes().forEach((goal, outcome) -> outcomes.add(new GoalOutcomeRow(goal.value(), outcome.name())));
        this.goalOutcomes = outcomes;
        this.focalAreaOutcome = Text.clean(entry.focalAreaOutcome());
        this.clientAccount = Text.clean(entry.clientAccount());
        this.feelingsAboutEnding = Text.clean(entry.feelingsAboutEnding());
        this.decision = entry.decision() == null ? null : entry.decision().name();
    }

    ReviewEntry entry() {
        Map<GoalId, GoalOutcome> outcomes = new LinkedHashMap<>();
        goalOutcomes.forEach(row -> outcomes.put(new GoalId(row.goalId()), GoalOutcome.valueOf(row.outcome())));
        return new ReviewEntry(outcomes, focalAreaOutcome, clientAccount, feelingsAboutEnding,
                decision == null ? null : TerminationDecision.valueOf(decision));
    }

    @Nullable UUID getMaintenanceCourseId() {
        return maintenanceCourseId;
    }

    void linkMaintenanceCourse(UUID course) {
        this.maintenanceCourseId = course;
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
