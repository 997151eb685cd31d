package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.ClientId;
import org.openipt.identity.OrganisationId;
import org.openipt.protocol.Cadence;

class PhaseRulesTests {

    private static final PhaseRequirement CONTRACT_AGREED = requirement(PhaseTransition.BEGIN_MIDDLE,
            "checklist.contractAgreed", 0, true);
    private static final PhaseRequirement SESSION_HELD = requirement(PhaseTransition.BEGIN_MIDDLE,
            "checklist.sessionHeld", 1, false);
    private static final List<PhaseRequirement> REQUIREMENTS = List.of(CONTRACT_AGREED, SESSION_HELD);

    @Test
    void theMiddlePhaseWaitsForAnAgreedContract() {
        CourseFacts unagreed = course(Phase.INITIAL, null, 2);

        assertThat(PhaseRules.refusal(unagreed, PhaseTransition.BEGIN_MIDDLE, REQUIREMENTS))
                .isEqualTo("phase.requirementsUnmet");
        assertThat(PhaseRules.checklist(unagreed, PhaseTransition.BEGIN_MIDDLE, REQUIREMENTS))
                .containsExactly(new ChecklistItem("checklist.contractAgreed", false),
                        new ChecklistItem("checklist.sessionHeld", true));
    }

    @Test
    void theMiddlePhaseBeginsOnceEveryRequirementIsMet() {
        CourseFacts agreed = course(Phase.INITIAL, LocalDate.of(2026, 1, 5), 1);

        assertThat(PhaseRules.refusal(agreed, PhaseTransition.BEGIN_MIDDLE, REQUIREMENTS)).isNull();
    }

    @Test
    void requirementsOfOtherMovesAreNotAsked() {
        CourseFacts middle = course(Phase.MIDDLE, null, 0);

        assertThat(PhaseRules.checklist(middle, PhaseTransition.BEGIN_TERMINATION, REQUIREMENTS)).isEmpty();
        assertThat(PhaseRules.refusal(middle, PhaseTransition.BEGIN_TERMINATION, REQUIREMENTS)).isNull();
    }

    @Test
    void aMoveMustLeaveTheCurrentPhase() {
        assertThat(PhaseRules.refusal(course(Phase.REFERRED, LocalDate.of(2026, 1, 5), 1),
                PhaseTransition.BEGIN_MIDDLE, REQUIREMENTS)).isEqualTo("phase.notFromHere");
        assertThat(PhaseRules.refusal(course(Phase.MIDDLE, null, 4), PhaseTransition.COMPLETE, REQUIREMENTS))
                .isEqualTo("phase.notFromHere");
    }

    @Test
    void eachOpenPhaseHasOneWayForwardAndClosedPhasesNone() {
        assertThat(PhaseTransition.next(Phase.REFERRED)).contains(PhaseTransition.BEGIN_INITIAL);
        assertThat(PhaseTransition.next(Phase.INITIAL)).contains(PhaseTransition.BEGIN_MIDDLE);
        assertThat(PhaseTransition.next(Phase.MIDDLE)).contains(PhaseTransition.BEGIN_TERMINATION);
        assertThat(PhaseTransition.next(Phase.TERMINATION)).contains(PhaseTransition.COMPLETE);
        assertThat(PhaseTransition.next(Phase.COMPLETED)).isEmpty();
        assertThat(PhaseTransition.next(Phase.DROPPED_OUT)).isEmpty();
        assertThat(PhaseTransition.next(Phase.REFERRED_ON)).isEmpty();
    }

    @Test
    void aCourseCanEndEarlyFromEveryOpenPhaseButNotOnceClosed() {
        for (Phase phase : Phase.values()) {
            assertThat(PhaseTransition.DROP_OUT.leaves(phase)).as(phase.name()).isEqualTo(phase.isOpen());
            assertThat(PhaseTransition.REFER_ON.leaves(phase)).as(phase.name()).isEqualTo(phase.isOpen());
        }
    }

    @Test
    void anAttendedSessionPastTheContractNeedsAnExtension() {
        CourseProgress usedUp = new CourseProgress(12, 12, 3);

        assertThat(PhaseRules.sessionRefusal(Phase.TERMINATION, usedUp, Attendance.ATTENDED))
                .isEqualTo("session.beyondContract");
        assertThat(PhaseRules.sessionRefusal(Phase.TERMINATION, usedUp, Attendance.CANCELLED)).isNull();
        assertThat(PhaseRules.sessionRefusal(Phase.TERMINATION, new CourseProgress(11, 12, 3), Attendance.ATTENDED))
                .isNull();
    }

    @Test
    void aClinicianMayMoveDespiteUnmetItemsOnlyWithAWrittenReason() {
        CourseFacts unagreed = course(Phase.INITIAL, null, 0);

        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.BEGIN_MIDDLE, "  "))
                .isEqualTo("phase.override.reasonRequired");
        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.BEGIN_MIDDLE, null))
                .isEqualTo("phase.override.reasonRequired");
        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.BEGIN_MIDDLE, "x".repeat(2001)))
                .isEqualTo("phase.override.reasonTooLong");
        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.BEGIN_MIDDLE,
                "Acute risk subsided; the client asked to start the work now")).isNull();
        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.COMPLETE, "a reason"))
                .as("an override never skips a phase").isEqualTo("phase.notFromHere");
        assertThat(PhaseRules.overrideRefusal(unagreed, PhaseTransition.DROP_OUT, "a reason"))
                .isEqualTo("phase.exitNeedsReason");
    }

    @Test
    void aClosedCourseTakesNoSessions() {
        assertThat(PhaseRules.sessionRefusal(Phase.COMPLETED, new CourseProgress(3, 12, 3), Attendance.SCHEDULED))
                .isEqualTo("session.courseClosed");
    }

    @Test
    void aPhaseBeginsNeitherInTheFutureNorBeforeTheCourseOrThePhaseItFollows() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        CourseFacts course = new CourseFacts(new CourseId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()), Phase.MIDDLE, new TreatmentContract(12, Cadence.WEEKLY, 50, LocalDate.of(2026, 1, 5), null), 6,
                List.of(new PhaseStart(Phase.INITIAL, LocalDate.of(2026, 1, 5)),
                        new PhaseStart(Phase.MIDDLE, LocalDate.of(2026, 2, 2))));

        assertThat(PhaseRules.problemsWithMoveDate(course, LocalDate.of(2026, 2, 23), today)).isEmpty();
        assertThat(PhaseRules.problemsWithMoveDate(course, LocalDate.of(2026, 2, 2), today))
                .as("on the same day as the previous phase is allowed").isEmpty();
        assertThat(PhaseRules.problemsWithMoveDate(course, LocalDate.of(2026, 2, 1), today))
                .containsExactly("phase.date.beforePrevious");
        assertThat(PhaseRules.problemsWithMoveDate(course, LocalDate.of(2026, 1, 4), today))
                .containsExactly("phase.date.beforeStart");
        assertThat(PhaseRules.problemsWithMoveDate(course, today.plusDays(1), today))
                .containsExactly("phase.date.future");
    }

    private static CourseFacts course(Phase phase, @Nullable LocalDate agreedOn, int held) {
        TreatmentContract contract = new TreatmentContract(12, Cadence.WEEKLY, 50, LocalDate.of(2026, 1, 5), agreedOn);
        return new CourseFacts(new CourseId(UUID.randomUUID()), new ClientId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()), phase, contract, held, List.of());
    }

    private static PhaseRequirement requirement(PhaseTransition guards, String key, int sessionsNeeded,
            boolean needsAgreement) {
        return new PhaseRequirement() {
            @Override
            public PhaseTransition guards() {
                return guards;
            }

            @Override
            public boolean isMetBy(CourseFacts course) {
                return course.sessionsHeld() >= sessionsNeeded && (!needsAgreement || course.contract().isAgreed());
            }

            @Override
            public String messageKey() {
                return key;
            }
        };
    }
}
