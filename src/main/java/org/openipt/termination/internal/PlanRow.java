package org.openipt.termination.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Text;
import org.openipt.termination.RelapsePlan;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("relapse_plan")
class PlanRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private @Nullable String warningSigns;
    private @Nullable String triggers;
    private @Nullable String helpfulSkills;
    private @Nullable String helpfulPeople;
    private @Nullable String steps;
    private @Nullable String seekingHelp;
    private @Nullable String boosterArrangement;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    PlanRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, @Nullable String warningSigns,
            @Nullable String triggers, @Nullable String helpfulSkills, @Nullable String helpfulPeople,
            @Nullable String steps, @Nullable String seekingHelp, @Nullable String boosterArrangement,
            Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.warningSigns = warningSigns;
        this.triggers = triggers;
        this.helpfulSkills = helpfulSkills;
        this.helpfulPeople = helpfulPeople;
        this.steps = steps;
        this.seekingHelp = seekingHelp;
        this.boosterArrangement = boosterArrangement;
        this.createdAt = createdAt;
        this.version = version;
    }

    static PlanRow of(UUID organisationId, UUID courseId, UUID clientId, Instant now) {
        return new PlanRow(UUID.randomUUID(), organisationId, courseId, clientId, null, null, null, null, null, null,
                null, now, null);
    }

    void record(RelapsePlan plan) {
        this.warningSigns = Text.clean(plan.warningSigns());
        this.triggers = Text.clean(plan.triggers());
        this.helpfulSkills = Text.clean(plan.helpfulSkills());
        this.helpfulPeople = Text.clean(plan.helpfulPeople());
        this.steps = Text.clean(plan.steps());
        this.seekingHelp = Text.clean(plan.seekingHelp());
        this.boosterArrangement = Text.clean(plan.boosterArrangement());
    }

    RelapsePlan plan() {
        return new RelapsePlan(warningSigns, triggers, helpfulSkills, helpfulPeople, steps, seekingHelp,
                boosterArrangement);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
