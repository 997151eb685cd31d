package org.openipt.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.course.CourseDates;
import org.openipt.course.CourseDates.HeldSession;
import org.openipt.course.Phase;
import org.openipt.course.PhaseStart;
import org.openipt.course.SessionId;
import org.openipt.identity.OrganisationId;
import org.openipt.measures.ScheduleTimeline;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolId;
import org.openipt.protocol.ProtocolSettings;

/** The course dates the schedule rules get: from the phase history, else the fallbacks for older courses. */
class ScheduleEvaluationTests {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final Protocol INDIVIDUAL = new Protocol(new ProtocolId(UUID.randomUUID()), "INDIVIDUAL_IPT", null,
            new ProtocolSettings(Delivery.INDIVIDUAL, 16, 8, 20, Cadence.WEEKLY, 50, 0, 3, 3, false, true, false),
            true, 0);

    private static CourseDates course(Phase phase, int held, int contracted, @Nullable LocalDate exitDate,
            PhaseStart... history) {
        List<HeldSession> sessions = new ArrayList<>();
        for (int k = 1; k <= held; k++) {
            Instant when = START.plusWeeks(k - 1).atTime(10, 0).toInstant(ZoneOffset.UTC);
            sessions.add(new HeldSession(new SessionId(UUID.randomUUID()), k, when));
        }
        return new CourseDates(new CourseId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()), INDIVIDUAL.id(), phase, contracted, START, exitDate, sessions,
                List.of(history));
    }

    @Test
    void thePhaseHistoryDatesTheEndOfTheInitialPhaseAndOfTreatment() {
        ScheduleTimeline t = ScheduleEvaluation.timeline(course(Phase.COMPLETED, 12, 12, null,
                new PhaseStart(Phase.MIDDLE, LocalDate.of(2026, 3, 20)),
                new PhaseStart(Phase.COMPLETED, LocalDate.of(2026, 5, 25))), INDIVIDUAL, UTC);
        assertThat(t.started()).isTrue();
        assertThat(t.initialPhaseEnded()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(t.treatmentEnded()).isEqualTo(LocalDate.of(2026, 5, 25));
        assertThat(t.exitedOn()).isNull();
    }

    @Test
    void withoutAHistoryTheSessionAfterTheInitialOnesAndTheLastSessionStandIn() {
        ScheduleTimeline t = ScheduleEvaluation.timeline(course(Phase.COMPLETED, 12, 12, null), INDIVIDUAL, UTC);
        assertThat(t.initialPhaseEnded()).isEqualTo(START.plusWeeks(3)); // session 4
        assertThat(t.treatmentEnded()).isEqualTo(START.plusWeeks(11)); // session 12
    }

    @Test
    void anOpenCourseHasNoEndYetUnlessEveryContractedSessionOfItsTerminationPhaseWasHeld() {
        assertThat(ScheduleEvaluation.timeline(course(Phase.INITIAL, 2, 12, null), INDIVIDUAL, UTC))
                .satisfies(t -> assertThat(t.initialPhaseEnded()).isNull())
                .satisfies(t -> assertThat(t.treatmentEnded()).isNull());
        assertThat(ScheduleEvaluation.timeline(course(Phase.TERMINATION, 11, 12, null), INDIVIDUAL, UTC).treatmentEnded())
                .isNull();
        assertThat(ScheduleEvaluation.timeline(course(Phase.TERMINATION, 12, 12, null), INDIVIDUAL, UTC).treatmentEnded())
                .isEqualTo(START.plusWeeks(11));
        assertThat(ScheduleEvaluation.timeline(course(Phase.REFERRED, 0, 12, null), INDIVIDUAL, UTC).started())
                .isFalse();
    }

    @Test
    void anEarlyEndingIsDatedByTheHistoryElseByTheExitDate() {
        assertThat(ScheduleEvaluation.timeline(course(Phase.DROPPED_OUT, 3, 12, LocalDate.of(2026, 3, 25),
                new PhaseStart(Phase.DROPPED_OUT, LocalDate.of(2026, 3, 24))), INDIVIDUAL, UTC).exitedOn())
                .isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(ScheduleEvaluation.timeline(course(Phase.REFERRED_ON, 3, 12, LocalDate.of(2026, 3, 25)),
                INDIVIDUAL, UTC).exitedOn()).isEqualTo(LocalDate.of(2026, 3, 25));
    }
}
