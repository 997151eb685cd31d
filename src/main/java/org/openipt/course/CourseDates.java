package org.openipt.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;
import org.openipt.protocol.ProtocolId;

/**
 * The dates of a course, for modules whose rules run on them (measurement schedules): no clinical text.
 *
 * @param sessionsHeld the sessions that count towards the contract, in order, numbered from 1
 * @param exitDate the day an early ending (dropped out, referred on) took effect
 * @param phaseHistory the day each phase began, as far as the course knows it
 */
public record CourseDates(CourseId courseId, ClientId clientId, OrganisationId organisationId,
        ProtocolId protocolId, Phase phase, int contractedSessions, LocalDate startDate, @Nullable LocalDate exitDate,
        List<HeldSession> sessionsHeld, List<PhaseStart> phaseHistory) {

    public CourseDates {
        sessionsHeld = List.copyOf(sessionsHeld);
        phaseHistory = List.copyOf(phaseHistory);
    }

    /** The day the course entered the phase, if it did and the day is known. */
    public java.util.Optional<LocalDate> entered(Phase entered) {
        return phaseHistory.stream().filter(p -> p.phase() == entered).map(PhaseStart::on).findFirst();
    }

    /** A session held: its number among those held, its id and when it took place. */
    public record HeldSession(SessionId id, int number, Instant when) {
    }
}
