package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.Medication;
import org.openipt.formulation.MedicationEntry;
import org.openipt.formulation.MedicationId;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("medication")
class MedicationRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private String name;
    private @Nullable String dose;
    private @Nullable String prescriber;
    private @Nullable LocalDate startedOn;
    private @Nullable LocalDate stoppedOn;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    MedicationRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, String name, @Nullable String dose,
            @Nullable String prescriber, @Nullable LocalDate startedOn, @Nullable LocalDate stoppedOn,
            Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.name = name;
        this.dose = dose;
        this.prescriber = prescriber;
        this.startedOn = startedOn;
        this.stoppedOn = stoppedOn;
        this.createdAt = createdAt;
        this.version = version;
    }

    static MedicationRow of(UUID organisationId, UUID courseId, UUID clientId, MedicationEntry entry, Instant now) {
        MedicationRow row = new MedicationRow(UUID.randomUUID(), organisationId, courseId, clientId, "", null, null,
                null, null, now, null);
        row.record(entry);
        return row;
    }

    void record(MedicationEntry entry) {
        this.name = entry.name().strip();
        this.dose = Text.clean(entry.dose());
        this.prescriber = Text.clean(entry.prescriber());
        this.startedOn = entry.startedOn();
        this.stoppedOn = entry.stoppedOn();
    }

    Medication view() {
        return new Medication(new MedicationId(id), new MedicationEntry(name, dose, prescriber, startedOn, stoppedOn),
                version == null ? 0 : version);
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    UUID getCourseId() { return courseId; }
}
