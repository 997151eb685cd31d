package org.openipt.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.SessionService;
import org.openipt.formulation.FocalAreaId;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a session worked on is stored with it; a focal area of another course is refused; the private note is kept
 * apart, read only by the treating clinician and audited; a parent contact without the client is not counted.
 */
@DatabaseTest
class SessionRecordTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;
    @Autowired
    ProtocolCatalog protocols;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    LocalDate today;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        today = LocalDate.now(clock);
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentRecordOneSessionAndAnswerIt() throws Exception {
        UUID key = UUID.randomUUID();
        SessionEntry entry = new SessionEntry(at(1), SessionMode.VIDEO, Attendance.ATTENDED, "A calmer week", 6, null);
        int before = sessionService.sessions(org.clinician(), org.course()).size();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        SessionId stored;
        try {
            Callable<SessionId> send = () -> {
                start.await();
                return sessionService.recordSubmitted(org.clinician(), org.course(), key, entry, "A private note");
            };
            Future<SessionId> first = threads.submit(send);
            Future<SessionId> second = threads.submit(send);
            start.countDown();
            stored = first.get();
            assertThat(second.get()).as("the racing duplicate gets the first's session").isEqualTo(stored);
        }
        finally {
            threads.shutdown();
        }
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(before + 1);
        assertThat(sessionService.recordSubmitted(org.clinician(), org.course(), key, entry, null))
                .as("sent again later: the same session").isEqualTo(stored);
    }

    @Test
    void theFocalAreaTechniquesAndChecksAreStoredWithTheSession() {
        FocalAreaId area = Fixtures.readyForMiddle(context, org.clinician(), org.course(), today);
        SessionId id = sessionService.recordSession(org.clinician(), org.course(), new SessionEntry(at(1), SessionMode.VIDEO,
                Attendance.ATTENDED, "Argued with her sister", 4, "Worked on the change of role", SessionParticipants.CLIENT,
                "ignored without a caregiver", area.value(), Set.of(Technique.ROLE_PLAY, Technique.CLARIFICATION),
                true, true));

        SessionView session = sessionService.session(org.clinician(), org.course(), id);
        assertThat(session.focalAreaId()).isEqualTo(area.value());
        assertThat(session.techniques()).containsExactly(Technique.CLARIFICATION, Technique.ROLE_PLAY);
        assertThat(session.moodLinkedToEvents()).isTrue();
        assertThat(session.sessionsLeftNamed()).isTrue();
        assertThat(session.caregiver()).isNull();
        assertThat(coursePages.course(org.clinician(), org.course()).focalAreaLabelKey(area.value()))
                .isEqualTo("problemArea.ROLE_TRANSITION.clinical");
    }

    @Test
    void aFocalAreaOfAnotherCourseIsRefused() {
        Fixtures.Organisation other = Fixtures.organisation(context);
        FocalAreaId foreign = Fixtures.readyForMiddle(context, other.clinician(), other.course(), today);

        assertThatThrownBy(() -> sessionService.recordSession(org.clinician(), org.course(), withFocus(foreign.value())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("session.focalArea.notOfCourse");
        assertThatThrownBy(() -> sessionService.recordSession(org.clinician(), org.course(), withFocus(UUID.randomUUID())))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("session.focalArea.notOfCourse");
    }

    @Test
    void thePrivateNoteIsKeptApartReadOnlyByTheTreatingClinicianAndEveryReadIsAudited() {
        SessionId id = sessionService.recordSession(org.clinician(), org.course(), new SessionEntry(at(1),
                SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, "Record note"), "Private hunch about shame");

        assertThat(sessionService.session(org.clinician(), org.course(), id).toString()).doesNotContain("Private hunch");
        assertThat(coursePages.course(org.clinician(), org.course()).toString()).doesNotContain("Private hunch");
        assertThat(jdbc.sql("select count(*) from course_session where notes like '%Private hunch%'")
                .query(Integer.class).single()).isZero();

        assertThat(sessionService.privateNote(org.clinician(), org.course(), id)).contains("Private hunch about shame");
        assertThat(sessionService.privateNote(org.clinician(), org.course(), id)).isPresent();
        assertThat(audited("READ", id)).isEqualTo(2);
        assertThat(audited("UPDATE", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_record where detail like '%hunch%'").query(Integer.class)
                .single()).isZero();

        assertThatThrownBy(() -> sessionService.privateNote(org.clientUser(), org.course(), id))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> sessionService.privateNote(org.supervisor(), org.course(), id))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> sessionService.privateNote(org.otherClinician(), org.course(), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(audited("READ", id)).isEqualTo(2);
    }

    @Test
    void changingASessionThroughTheApiPathKeepsThePrivateNoteAndTheFormPathReplacesIt() {
        SessionId id = sessionService.recordSession(org.clinician(), org.course(), new SessionEntry(at(1),
                SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, null), "First thought");
        long version = sessionService.session(org.clinician(), org.course(), id).version();
        sessionService.changeSession(org.clinician(), org.course(), id, new SessionEntry(at(1), SessionMode.PHONE,
                Attendance.ATTENDED, null, 6, null), version);
        assertThat(sessionService.privateNote(org.clinician(), org.course(), id)).contains("First thought");

        version = sessionService.session(org.clinician(), org.course(), id).version();
        sessionService.changeSession(org.clinician(), org.course(), id, new SessionEntry(at(1), SessionMode.PHONE,
                Attendance.ATTENDED, null, 6, null), "", version);
        assertThat(sessionService.privateNote(org.clinician(), org.course(), id)).isEmpty();
    }

    @Test
    void aParentContactWithoutTheClientIsNotOneOfTheContractedSessions() {
        Protocol adolescents = protocols.protocolByCode(org.id(), "IPT_A");
        CourseId course = courses.start(org.clinician(), org.client(), adolescents.id(),
                new ContractTerms(12, adolescents.settings().cadence(), 45, today.minusDays(14)));
        sessionService.recordSession(org.clinician(), course, caregiver(course, SessionParticipants.CAREGIVER_WITHOUT_CLIENT,
                today.minusDays(13)));
        assertThat(coursePages.course(org.clinician(), course).course().phase()).isEqualTo(Phase.REFERRED);
        sessionService.recordSession(org.clinician(), course, caregiver(course, SessionParticipants.CLIENT_WITH_CAREGIVER,
                today.minusDays(12)));
        sessionService.recordSession(org.clinician(), course, caregiver(course, SessionParticipants.CAREGIVER_WITHOUT_CLIENT,
                today.minusDays(10)));

        CourseRecord record = coursePages.course(org.clinician(), course);
        assertThat(record.course().phase()).isEqualTo(Phase.INITIAL);
        assertThat(record.course().progress().sessionsHeld()).isEqualTo(1);
        assertThat(record.course().progress().sessionsLeft()).isEqualTo(11);
        assertThat(record.sessions()).extracting(SessionView::number).containsExactly(null, 1, null);
        assertThat(record.sessions().get(1).caregiver()).isEqualTo("Ana, mother");
    }

    @Test
    void aCaregiverInAFormatWithoutCaregiverSessionsOrWithoutANameIsRefused() {
        assertThatThrownBy(() -> sessionService.recordSession(org.clinician(), org.course(),
                caregiver(org.course(), SessionParticipants.CLIENT_WITH_CAREGIVER, today.minusDays(1))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("session.participants.notInFormat");
    }

    private SessionEntry caregiver(CourseId course, SessionParticipants participants, LocalDate on) {
        return new SessionEntry(LocalDateTime.of(on, LocalTime.NOON), SessionMode.IN_PERSON, Attendance.ATTENDED,
                null, null, null, participants, "Ana, mother", null, Set.of(Technique.PSYCHOEDUCATION), false, false);
    }

    private SessionEntry withFocus(UUID focalArea) {
        return new SessionEntry(at(1), SessionMode.IN_PERSON, Attendance.ATTENDED, null, null, null,
                SessionParticipants.CLIENT, null, focalArea, Set.of(), false, false);
    }

    private LocalDateTime at(int daysAgo) {
        return LocalDateTime.of(today.minusDays(daysAgo), LocalTime.of(9, 0));
    }

    private int audited(String action, SessionId session) {
        return jdbc.sql("select count(*) from audit_record where object_type = 'SESSION_PRIVATE_NOTE' and action = ? "
                + "and object_id = ?").params(action, session.value()).query(Integer.class).single();
    }
}
