package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** A parent contact without the client is not a contracted session; caregivers and focal areas are checked. */
class SessionRulesTests {

    private static final LocalDateTime NOON = LocalDateTime.of(2026, 3, 2, 12, 0);

    @Test
    void aSessionWithTheCaregiverAloneIsNotNumberedNorCounted() {
        List<SessionEntry> sessions = List.of(
                held(SessionParticipants.CLIENT_WITH_CAREGIVER, 0),
                held(SessionParticipants.CAREGIVER_WITHOUT_CLIENT, 1),
                held(SessionParticipants.CLIENT, 2),
                new SessionEntry(NOON.plusWeeks(3), SessionMode.PHONE, Attendance.NO_SHOW, null, null, null),
                held(SessionParticipants.CLIENT, 4));

        assertThat(SessionRules.numbers(sessions)).containsExactly(1, null, 2, null, 3);
        assertThat(SessionRules.held(sessions)).isEqualTo(3);
        assertThat(new CourseProgress(SessionRules.held(sessions), 12, 3).sessionsLeft()).isEqualTo(9);
    }

    @Test
    void onlyAttendedSessionsWithTheClientCount() {
        assertThat(SessionRules.countsTowardsContract(Attendance.ATTENDED, SessionParticipants.CLIENT)).isTrue();
        assertThat(SessionRules.countsTowardsContract(Attendance.ATTENDED, SessionParticipants.CLIENT_WITH_CAREGIVER))
                .isTrue();
        assertThat(SessionRules.countsTowardsContract(Attendance.ATTENDED,
                SessionParticipants.CAREGIVER_WITHOUT_CLIENT)).isFalse();
        assertThat(SessionRules.countsTowardsContract(Attendance.SCHEDULED, SessionParticipants.CLIENT)).isFalse();
    }

    @Test
    void aCaregiverContactMayBeRecordedWhenTheContractIsUsedUp() {
        CourseProgress usedUp = new CourseProgress(12, 12, 3);
        assertThat(PhaseRules.sessionRefusal(Phase.TERMINATION, usedUp, Attendance.ATTENDED,
                SessionParticipants.CAREGIVER_WITHOUT_CLIENT)).isNull();
        assertThat(PhaseRules.sessionRefusal(Phase.TERMINATION, usedUp, Attendance.ATTENDED,
                SessionParticipants.CLIENT_WITH_CAREGIVER)).isEqualTo("session.beyondContract");
    }

    @Test
    void aCaregiverTakesPartOnlyInFormatsWithCaregiverSessionsAndIsNamed() {
        SessionEntry unnamed = entry(SessionParticipants.CLIENT_WITH_CAREGIVER, " ", null);
        assertThat(SessionRules.problemsWith(unnamed, true, Set.of())).containsExactly("session.caregiver.required");
        assertThat(SessionRules.problemsWith(entry(SessionParticipants.CAREGIVER_WITHOUT_CLIENT, "Ana, mother",
                null), false, Set.of())).containsExactly("session.participants.notInFormat");
        assertThat(SessionRules.problemsWith(entry(SessionParticipants.CLIENT_WITH_CAREGIVER, "x".repeat(201), null),
                true, Set.of())).containsExactly("session.caregiver.tooLong");
        assertThat(SessionRules.problemsWith(entry(SessionParticipants.CLIENT, null, null), false, Set.of()))
                .isEmpty();
    }

    @Test
    void theFocalAreaMustBeOneOfferedForTheCourse() {
        UUID offered = UUID.randomUUID();
        assertThat(SessionRules.problemsWith(entry(SessionParticipants.CLIENT, null, offered), false,
                Set.of(offered))).isEmpty();
        assertThat(SessionRules.problemsWith(entry(SessionParticipants.CLIENT, null, UUID.randomUUID()), false,
                Set.of(offered))).containsExactly("session.focalArea.notOfCourse");
    }

    private static SessionEntry held(SessionParticipants participants, int week) {
        return new SessionEntry(NOON.plusWeeks(week), SessionMode.IN_PERSON, Attendance.ATTENDED, null, null, null,
                participants, participants.includesCaregiver() ? "Ana, mother" : null, null, Set.of(), false, false);
    }

    private static SessionEntry entry(SessionParticipants participants, String caregiver, UUID focalArea) {
        return new SessionEntry(NOON, SessionMode.IN_PERSON, Attendance.ATTENDED, null, null, null, participants,
                caregiver, focalArea, Set.of(Technique.CLARIFICATION), true, false);
    }
}
