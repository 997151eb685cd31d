package org.openipt.course.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;
import org.openipt.course.PhaseStart;
import org.openipt.course.PhaseTransition;
import org.openipt.course.TreatmentContract;
import org.openipt.protocol.Cadence;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A course of IPT for one client: its contract and phase. Sessions are a separate aggregate. */
@Table("course")
public class Course {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID clientId;
    private final UUID protocolId;
    private Phase phase;
    private int contractedSessions;
    private Cadence cadence;
    private int sessionMinutes;
    private LocalDate startDate;
    private @Nullable LocalDate contractAgreedOn;
    private @Nullable String extensionReason;
    private @Nullable LocalDate extendedOn;
    private @Nullable String exitReason;
    private @Nullable LocalDate exitDate;
    private final @Nullable UUID previousCourseId;
    private @Nullable String overrideReason;
    private @Nullable LocalDate overriddenOn;
    private @Nullable Phase overrideTo;
    private final Instant createdAt;
    @MappedCollection(idColumn = "course_id")
    private final Set<PhaseStartRow> phaseHistory;
    @Version
    private @Nullable Long version;

    Course(UUID id, UUID organisationId, UUID clientId, UUID protocolId, Phase phase, int contractedSessions,
            Cadence cadence, int sessionMinutes, LocalDate startDate, @Nullable LocalDate contractAgreedOn,
            @Nullable String extensionReason, @Nullable LocalDate extendedOn, @Nullable String exitReason,
            @Nullable LocalDate exitDate, @Nullable UUID previousCourseId, @Nullable String overrideReason,
            @Nullable LocalDate overriddenOn, @Nullable Phase overrideTo, Instant createdAt,
            Set<PhaseStartRow> phaseHistory, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.clientId = clientId;
        this.protocolId = protocolId;
        this.phase = phase;
        this.contractedSessions = contractedSessions;
        this.cadence = cadence;
        this.sessionMinutes = sessionMinutes;
        this.startDate = startDate;
        this.contractAgreedOn = contractAgreedOn;
        this.extensionReason = extensionReason;
        this.extendedOn = extendedOn;
        this.exitReason = exitReason;
        this.exitDate = exitDate;
        this.previousCourseId = previousCourseId;
        this.overrideReason = overrideReason;
        this.overriddenOn = overriddenOn;
        this.overrideTo = overrideTo;
        this.createdAt = createdAt;
        this.phaseHistory = new HashSet<>(phaseHistory);
        this.version = version;
    }

    static Course refer(UUID organisationId, UUID clientId, UUID protocolId, TreatmentContract contract,
            @Nullable UUID previousCourseId, Instant now) {
        Course course = new Course(UUID.randomUUID(), organisationId, clientId, protocolId, Phase.REFERRED, 0,
                contract.cadence(), 0, contract.startDate(), null, null, null, null, null, previousCourseId, null, null, null, now,
                Set.of(), null);
        course.setContract(contract);
        return course;
    }

    TreatmentContract contract() {
        return new TreatmentContract(contractedSessions, cadence, sessionMinutes, startDate, contractAgreedOn);
    }

    public void setContract(TreatmentContract contract) {
        this.contractedSessions = contract.contractedSessions();
        this.cadence = contract.cadence();
        this.sessionMinutes = contract.sessionMinutes();
        this.startDate = contract.startDate();
        this.contractAgreedOn = contract.agreedOn();
    }

    public void move(PhaseTransition transition, LocalDate on) {
        enter(transition.to(), on);
    }

    /** Moves despite unmet requirements; the clinician's written reason stays on the course. */
    public void moveWithOverride(PhaseTransition transition, String reason, LocalDate on) {
        enter(transition.to(), on);
        this.overrideReason = reason.strip();
        this.overriddenOn = on;
        this.overrideTo = transition.to();
    }

    public void extend(int newTotal, String reason, LocalDate on) {
        this.contractedSessions = newTotal;
        this.extensionReason = reason.strip();
        this.extendedOn = on;
    }

    public void exit(PhaseTransition transition, String reason, LocalDate on) {
        enter(transition.to(), on);
        this.exitReason = reason.strip();
        this.exitDate = on;
    }

    private void enter(Phase next, LocalDate on) {
        this.phase = next;
        phaseHistory.removeIf(row -> row.phase() == next);
        phaseHistory.add(new PhaseStartRow(next, on));
    }

    void expectVersion(long version) {
        this.version = version;
    }

    UUID getId() { return id; }
    UUID getOrganisationId() { return organisationId; }
    UUID getClientId() { return clientId; }
    UUID getProtocolId() { return protocolId; }
    Phase getPhase() { return phase; }
    @Nullable String getExtensionReason() { return extensionReason; }
    @Nullable LocalDate getExtendedOn() { return extendedOn; }
    @Nullable String getExitReason() { return exitReason; }
    @Nullable LocalDate getExitDate() { return exitDate; }
    @Nullable UUID getPreviousCourseId() { return previousCourseId; }
    @Nullable String getOverrideReason() { return overrideReason; }
    @Nullable LocalDate getOverriddenOn() { return overriddenOn; }
    @Nullable Phase getOverrideTo() { return overrideTo; }
    Instant getCreatedAt() { return createdAt; }

    /** The phases entered so far, in order; empty for a course only referred (or moved before history was kept). */
    List<PhaseStart> phaseHistory() {
        return phaseHistory.stream().map(row -> new PhaseStart(row.phase(), row.enteredOn()))
                .sorted(Comparator.comparing(PhaseStart::on).thenComparing(PhaseStart::phase)).toList();
    }
    long getVersion() { return version == null ? 0 : version; }
}
