package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the course engine tells other modules: phases entered, sessions recorded, courses ended. */
@DatabaseTest
@RecordApplicationEvents
class CourseEventsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseloadService caseload;
    @Autowired
    CourseService courses;
    @Autowired
    SessionService sessionService;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    ApplicationEvents events;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    ClientId client;
    LocalDate start;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        client = caseload.register(org.clinician(), new ClientFields("Events Client", null, null, null, null));
        start = LocalDate.now(clock).minusWeeks(4);
    }

    @Test
    void theFirstAttendedSessionEntersTheInitialPhaseAndEveryHeldSessionIsRecorded() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50, start));
        SessionId planned = sessionService.recordSession(org.clinician(), course, session(LocalDate.now(clock)
                .plusDays(3), Attendance.SCHEDULED));
        assertThat(sessionsRecorded(course)).as("a planned session has not happened yet").isEmpty();
        assertThat(phasesEntered(course)).isEmpty();

        SessionId held = sessionService.recordSession(org.clinician(), course, session(start, Attendance.ATTENDED));
        assertThat(phasesEntered(course)).singleElement().satisfies(entered -> {
            assertThat(entered.courseId()).isEqualTo(course);
            assertThat(entered.clientId()).isEqualTo(client);
            assertThat(entered.organisationId()).isEqualTo(org.id());
            assertThat(entered.phase()).isEqualTo(Phase.INITIAL);
            assertThat(entered.on()).isEqualTo(start);
        });
        assertThat(sessionsRecorded(course)).singleElement().satisfies(recorded -> {
            assertThat(recorded.sessionId()).isEqualTo(held);
            assertThat(recorded.attendance()).isEqualTo(Attendance.ATTENDED);
            assertThat(recorded.countsTowardsContract()).isTrue();
        });

        long version = sessionService.session(org.clinician(), course, planned).version();
        sessionService.changeSession(org.clinician(), course, planned, session(start.plusWeeks(1), Attendance.NO_SHOW),
                version);
        assertThat(sessionsRecorded(course)).extracting(SessionRecorded::sessionId)
                .as("a planned session recorded as missed").containsExactly(held, planned);
        assertThat(sessionsRecorded(course)).last().extracting(SessionRecorded::countsTowardsContract)
                .isEqualTo(false);
        assertThat(endings(course)).isEmpty();
    }

    @Test
    void anEarlyEndingEntersItsPhaseAndEndsTheCourse() {
        CourseId course = courses.start(org.clinician(), client, org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50, start));
        sessionService.recordSession(org.clinician(), course, session(start, Attendance.ATTENDED));
        LocalDate left = start.plusWeeks(2);
        courses.exit(org.clinician(), course, PhaseTransition.DROP_OUT, "Moved abroad", left,
                coursePages.course(org.clinician(), course).course().version());

        assertThat(phasesEntered(course)).extracting(PhaseEntered::phase)
                .containsExactly(Phase.INITIAL, Phase.DROPPED_OUT);
        assertThat(endings(course)).singleElement().satisfies(ended -> {
            assertThat(ended.courseId()).isEqualTo(course);
            assertThat(ended.ending()).isEqualTo(Phase.DROPPED_OUT);
            assertThat(ended.on()).isEqualTo(left);
        });
    }

    /** The events about this course only (the fixture's own course publishes its events too). */
    private java.util.stream.Stream<SessionRecorded> sessionsRecorded(CourseId course) {
        return events.stream(SessionRecorded.class).filter(event -> event.courseId().equals(course));
    }

    private java.util.stream.Stream<PhaseEntered> phasesEntered(CourseId course) {
        return events.stream(PhaseEntered.class).filter(event -> event.courseId().equals(course));
    }

    private java.util.stream.Stream<CourseEnded> endings(CourseId course) {
        return events.stream(CourseEnded.class).filter(event -> event.courseId().equals(course));
    }

    private static SessionEntry session(LocalDate day, Attendance attendance) {
        return new SessionEntry(LocalDateTime.of(day, LocalTime.NOON), SessionMode.VIDEO, attendance, null, null,
                null);
    }
}
