package org.openipt.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.CourseId;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionParticipants;
import org.openipt.course.SessionView;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalId;
import org.openipt.formulation.GoalStatus;
import org.openipt.termination.GoalOutcome;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationDecision;

class DischargeSummaryRulesTests {

    private static final CourseId COURSE = new CourseId(UUID.fromString("3f2a9c1e-0000-4000-8000-000000000001"));

    @Test
    void onlyAttendedSessionsWithTheClientCountAndGiveTheFirstAndLastDay() {
        List<SessionView> sessions = List.of(session(LocalDate.of(2026, 3, 9), Attendance.ATTENDED),
                session(LocalDate.of(2026, 3, 1), Attendance.ATTENDED, SessionParticipants.CAREGIVER_WITHOUT_CLIENT),
                session(LocalDate.of(2026, 3, 2), Attendance.ATTENDED),
                session(LocalDate.of(2026, 3, 16), Attendance.NO_SHOW),
                session(LocalDate.of(2026, 3, 23), Attendance.CANCELLED),
                session(LocalDate.of(2026, 3, 30), Attendance.SCHEDULED));

        assertThat(DischargeSummaryRules.attendance(sessions, 8)).isEqualTo(new SessionsAttended(2, 8,
                LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)));
        assertThat(DischargeSummaryRules.attendance(List.of(), 12)).isEqualTo(new SessionsAttended(0, 12, null, null));
    }

    @Test
    void aSummaryNeedsTheReviewsDecision() {
        assertThat(DischargeSummaryRules.ready(ReviewEntry.NONE)).isFalse();
        assertThat(DischargeSummaryRules.ready(new ReviewEntry(Map.of(), "Better", null, null, null))).isFalse();
        assertThat(DischargeSummaryRules.ready(new ReviewEntry(Map.of(), null, null, null,
                TerminationDecision.REFERRAL))).isTrue();
    }

    @Test
    void eachGoalKeepsItsOrderAndGetsItsOutcome() {
        FocalAreaId area = new FocalAreaId(UUID.randomUUID());
        Goal first = goal(area, "See a friend weekly");
        Goal second = goal(area, "Sleep before midnight");

        assertThat(DischargeSummaryRules.goalsReviewed(List.of(first, second), Map.of(second.id(),
                GoalOutcome.ACHIEVED))).containsExactly(
                        new GoalReviewed(area, "See a friend weekly", GoalStatus.OPEN, null),
                        new GoalReviewed(area, "Sleep before midnight", GoalStatus.OPEN, GoalOutcome.ACHIEVED));
    }

    @Test
    void theFileNameNamesNeitherTheClientNorTheirHealth() {
        assertThat(DischargeSummaryRules.fileName(COURSE, LocalDate.of(2026, 11, 22)))
                .isEqualTo("discharge-summary-3f2a9c1e-2026-11-22.pdf");
    }

    @Test
    void aPictureIsAnSvgElementReadyToSitInTheSummary() {
        assertThat(new SummaryPicture("k", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .svg()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new SummaryPicture("k", "<p>not a picture</p>"));
    }

    private static SessionView session(LocalDate day, Attendance attendance) {
        return session(day, attendance, SessionParticipants.CLIENT);
    }

    private static SessionView session(LocalDate day, Attendance attendance, SessionParticipants participants) {
        return new SessionView(new SessionId(UUID.randomUUID()), COURSE, null,
                LocalDateTime.of(day, java.time.LocalTime.NOON).atZone(ZoneOffset.UTC), SessionMode.IN_PERSON,
                attendance, "Interval history", 5, "Session record note", participants,
                participants == SessionParticipants.CLIENT ? null : "Mother", null, List.of(), false, false, 0);
    }

    private static Goal goal(FocalAreaId area, String description) {
        return new Goal(new GoalId(UUID.randomUUID()), area, description, GoalStatus.OPEN, List.of(), 0);
    }

}
