package org.openipt.safety.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.RiskAction;
import org.openipt.safety.RiskAnswer;
import org.openipt.safety.RiskEventRules;
import org.openipt.safety.RiskLevel;
import org.openipt.safety.RiskSource;
import org.openipt.safety.RiskState;
import org.openipt.safety.RiskStep;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A risk event and the answers that raised it, taken through its lifecycle one step at a time over the version the
 * person read. {@code escalatedAt} is written only by the escalation job's conditional update (which leaves the
 * version alone so nobody's open form goes stale); it is read-only here, so a step saved after an escalation
 * cannot erase it.
 */
@Table("risk_event")
class RiskEventRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private final RiskSource source;
    private final @Nullable UUID responseId;
    private final @Nullable String instrumentId;
    private final @Nullable String disclosure;
    @MappedCollection(idColumn = "risk_event_id", keyColumn = "position")
    private final List<RiskEventAnswerRow> answers;
    private RiskState state;
    private @Nullable RiskLevel riskLevel;
    private @Nullable String assessment;
    private @Nullable String actions;
    private @Nullable String actionNote;
    private @Nullable String closeNote;
    private final UUID openedBy;
    private final Instant openedAt;
    private @Nullable UUID acknowledgedBy;
    private @Nullable Instant acknowledgedAt;
    private @Nullable UUID assessedBy;
    private @Nullable Instant assessedAt;
    private @Nullable UUID actionedBy;
    private @Nullable Instant actionedAt;
    private @Nullable UUID closedBy;
    private @Nullable Instant closedAt;
    @ReadOnlyProperty
    private final @Nullable Instant escalatedAt;
    @Version
    private @Nullable Long version;

    RiskEventRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, RiskSource source,
            @Nullable UUID responseId, @Nullable String instrumentId, @Nullable String disclosure,
            List<RiskEventAnswerRow> answers, RiskState state, @Nullable RiskLevel riskLevel,
            @Nullable String assessment, @Nullable String actions, @Nullable String actionNote,
            @Nullable String closeNote, UUID openedBy, Instant openedAt, @Nullable UUID acknowledgedBy,
            @Nullable Instant acknowledgedAt, @Nullable UUID assessedBy, @Nullable Instant assessedAt,
            @Nullable UUID actionedBy, @Nullable Instant actionedAt, @Nullable UUID closedBy,
            @Nullable Instant closedAt, @Nullable Instant escalatedAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.source = source;
        this.responseId = responseId;
        this.instrumentId = instrumentId;
        this.disclosure = disclosure;
        this.answers = answers;
        this.state = state;
        this.riskLevel = riskLevel;
        this.assessment = assessment;
        this.actions = actions;
        this.actionNote = actionNote;
        this.closeNote = closeNote;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.acknowledgedBy = acknowledgedBy;
        this.acknowledgedAt = acknowledgedAt;
        this.assessedBy = assessedBy;
        this.assessedAt = assessedAt;
        this.actionedBy = actionedBy;
        this.actionedAt = actionedAt;
        this.closedBy = closedBy;
        this.closedAt = closedAt;
        this.escalatedAt = escalatedAt;
        this.version = version;
    }

    static RiskEventRow open(UUID organisationId, UUID courseId, UUID clientId, RiskSource source,
            @Nullable UUID responseId, @Nullable String instrumentId, List<RiskAnswer> answers,
            @Nullable String disclosure, UUID openedBy, Instant openedAt) {
        List<RiskEventAnswerRow> rows = new ArrayList<>();
        answers.forEach(answer -> rows.add(new RiskEventAnswerRow(answer.linkId(), answer.score())));
        return new RiskEventRow(UUID.randomUUID(), organisationId, courseId, clientId, source, responseId,
                instrumentId, disclosure, rows, RiskState.OPEN, null, null, null, null, null, openedBy, openedAt,
                null, null, null, null, null, null, null, null, null, null);
    }

    /** Takes {@code step} (the rules say whether it may follow the current state); {@code text} is its note. */
    void take(RiskStep step, UUID by, Instant at, @Nullable RiskLevel level, @Nullable String text,
            Set<RiskAction> chosen) {
        this.state = RiskEventRules.next(state, step);
        switch (step) {
            case ACKNOWLEDGE -> {
                acknowledgedBy = by;
                acknowledgedAt = at;
            }
            case ASSESS -> {
                assessedBy = by;
                assessedAt = at;
                riskLevel = level;
                assessment = text;
                actionedBy = null;
                actionedAt = null;
                actions = null;
                actionNote = null;
            }
            case ACTION -> {
                actionedBy = by;
                actionedAt = at;
                actions = chosen.isEmpty() ? null
                        : chosen.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
                actionNote = text;
            }
            case CLOSE -> {
                closedBy = by;
                closedAt = at;
                closeNote = text;
            }
        }
    }

    Set<RiskAction> chosenActions() {
        Set<RiskAction> chosen = EnumSet.noneOf(RiskAction.class);
        if (actions != null && !actions.isBlank()) {
            Arrays.stream(actions.split(",")).map(RiskAction::valueOf).forEach(chosen::add);
        }
        return chosen;
    }

    List<RiskAnswer> riskAnswers() {
        String instrument = instrumentId == null ? "" : instrumentId;
        return answers.stream().map(answer -> new RiskAnswer(instrument, answer.linkId(), answer.score())).toList();
    }

    UUID getId() { return id; }
    UUID getOrganisationId() { return organisationId; }
    UUID getCourseId() { return courseId; }
    UUID getClientId() { return clientId; }
    RiskSource getSource() { return source; }
    @Nullable String getInstrumentId() { return instrumentId; }
    @Nullable String getDisclosure() { return disclosure; }
    RiskState getState() { return state; }
    @Nullable RiskLevel getRiskLevel() { return riskLevel; }
    @Nullable String getAssessment() { return assessment; }
    @Nullable String getActionNote() { return actionNote; }
    @Nullable String getCloseNote() { return closeNote; }
    UUID getOpenedBy() { return openedBy; }
    Instant getOpenedAt() { return openedAt; }
    @Nullable UUID getAcknowledgedBy() { return acknowledgedBy; }
    @Nullable Instant getAcknowledgedAt() { return acknowledgedAt; }
    @Nullable UUID getAssessedBy() { return assessedBy; }
    @Nullable Instant getAssessedAt() { return assessedAt; }
    @Nullable UUID getActionedBy() { return actionedBy; }
    @Nullable Instant getActionedAt() { return actionedAt; }
    @Nullable UUID getClosedBy() { return closedBy; }
    @Nullable Instant getClosedAt() { return closedAt; }
    @Nullable Instant getEscalatedAt() { return escalatedAt; }
    long getVersion() { return version == null ? 0 : version; }
}
