package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.FormulationEntry;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("formulation")
class FormulationRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private @Nullable String narrative;
    private @Nullable LocalDate acceptedOn;
    private @Nullable String acceptanceNote;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    FormulationRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, @Nullable String narrative,
            @Nullable LocalDate acceptedOn, @Nullable String acceptanceNote, Instant createdAt,
            @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.narrative = narrative;
        this.acceptedOn = acceptedOn;
        this.acceptanceNote = acceptanceNote;
        this.createdAt = createdAt;
        this.version = version;
    }

    static FormulationRow of(UUID organisationId, UUID courseId, UUID clientId, Instant now) {
        return new FormulationRow(UUID.randomUUID(), organisationId, courseId, clientId, null, null, null, now, null);
    }

    void record(FormulationEntry entry) {
        this.narrative = Text.clean(entry.narrative());
        this.acceptedOn = entry.acceptedOn();
        this.acceptanceNote = Text.clean(entry.acceptanceNote());
    }

    FormulationEntry entry() {
        return new FormulationEntry(narrative, acceptedOn, acceptanceNote);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
