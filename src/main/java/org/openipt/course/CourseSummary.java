package org.openipt.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.protocol.Protocol;

/** A course as lists and the API show it, with "session k of N" in {@link #progress()}. */
public record CourseSummary(CourseId id, ClientId clientId, Protocol protocol, Phase phase, TreatmentContract contract,
        CourseProgress progress, @Nullable String extensionReason, @Nullable LocalDate extendedOn,
        @Nullable String exitReason, @Nullable LocalDate exitDate, @Nullable CourseId previousCourseId,
        @Nullable PhaseOverride override, List<PhaseStart> phaseHistory, long version) {

    public CourseSummary {
        phaseHistory = List.copyOf(phaseHistory);
    }

    /** The day the course entered a phase, if it did and that was recorded. */
    public Optional<LocalDate> enteredOn(Phase wanted) {
        return phaseHistory.stream().filter(entered -> entered.phase() == wanted).map(PhaseStart::on).findFirst();
    }

    /** Whether the proposed contract may still change ({@link ContractRules#contractMayChange}). */
    public boolean contractMayChange() {
        return ContractRules.contractMayChange(phase);
    }

    public boolean terminationDue() {
        return progress.terminationDue(phase);
    }
}
