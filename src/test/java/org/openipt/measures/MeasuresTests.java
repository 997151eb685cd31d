package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseSection;
import org.openipt.course.CourseService;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.shared.fhir.Fhir;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Storing questionnaire responses through the facade: scoring, idempotency, the clinician-rated rule, access,
 * and the risk event contract (published inside the storing transaction; a failing listener undoes the response).
 */
@DatabaseTest
class MeasuresTests {

    static final String NEVER = "LA6568-5";
    static final String SEVERAL_DAYS = "LA6569-3";
    static final String MORE_THAN_HALF = "LA6570-1";
    static final String NEARLY_EVERY_DAY = "LA6571-9";

    /**
     * Records every risk event; throws when told to, as a safety module that cannot open its event would. Added to the
     * shared application context for each test and removed after it, so this class needs no context of its own.
     */
    static class RiskListener {
        final List<RiskAnswersRecorded> received = new ArrayList<>();
        boolean fail;

        void on(RiskAnswersRecorded event) {
            received.add(event);
            if (fail) {
                throw new IllegalStateException("the risk event could not be opened");
            }
        }
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    MeasuresService measures;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;
    @Autowired
    JdbcClient jdbc;

    final RiskListener risk = new RiskListener();
    final ApplicationListener<PayloadApplicationEvent<RiskAnswersRecorded>> listening = ApplicationListener
            .forPayload(risk::on);
    Fixtures.Organisation org;
    CourseId course;

    @BeforeEach
    void course() {
        org = Fixtures.organisation(context);
        course = org.course();
        ((ConfigurableApplicationContext) context).addApplicationListener(listening);
    }

    @AfterEach
    void stopListening() {
        ((ConfigurableApplicationContext) context).removeApplicationListener(listening);
    }

    static Map<String, String> phq9(String... codes) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            answers.put("phq9-" + (i + 1), codes[i]);
        }
        return answers;
    }

    private ResponseId administer(Map<String, String> answers) {
        return measures.administer(org.clinician(), course, UUID.randomUUID(),
                new Administration("phq-9", answers, null));
    }

    private long stored() {
        return jdbc.sql("select count(*) from measure_response where course_id = ?").param(course.value())
                .query(Long.class).single();
    }

    @Test
    void aCompletePhq9IsStoredWithItsScoresTotalBandAndWhoEnteredIt() {
        Map<String, String> answers = phq9(MORE_THAN_HALF, MORE_THAN_HALF, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS,
                SEVERAL_DAYS, SEVERAL_DAYS, NEVER, NEVER);
        answers.put("phq9-difficulty", "somewhat");
        ResponseId id = administer(answers);

        MeasureResponse response = measures.response(org.clinician(), course, id);
        assertThat(response.score().complete()).isTrue();
        assertThat(response.score().total()).isEqualTo(9);
        assertThat(response.score().band()).isNotNull();
        assertThat(response.score().band().label()).containsIgnoringCase("mild");
        assertThat(response.enteredBy()).isEqualTo(org.clinician().id());
        assertThat(response.answers()).containsEntry("phq9-difficulty", "somewhat");
        assertThat(response.phq9Syndrome()).contains(Phq9Diagnosis.Syndrome.OTHER_DEPRESSIVE);
        var row = jdbc.sql("select total, band_code, complete, risk, instrument_canonical, instrument_version "
                + "from measure_response where id = ?").param(id.value()).query().singleRow();
        assertThat(row.get("total")).isEqualTo(9);
        assertThat(row.get("complete")).isEqualTo(true);
        assertThat(row.get("risk")).isEqualTo(false);
        assertThat(row.get("instrument_canonical")).isEqualTo("https://openipt.org/fhir/Questionnaire/phq-9");
        assertThat(row.get("instrument_version")).isEqualTo(response.instrument().version());
        assertThat(risk.received).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ?").param(id.value())
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anIncompleteResponseHasNoTotalAndNamesItsMissingItems() {
        ResponseId id = administer(phq9(SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS));
        MeasureResponse response = measures.response(org.clinician(), course, id);
        assertThat(response.score().total()).isNull();
        assertThat(response.score().band()).isNull();
        assertThat(response.missingItems()).extracting(InstrumentDefinition.Item::linkId).containsExactly("phq9-4",
                "phq9-5", "phq9-6", "phq9-7", "phq9-8", "phq9-9");
        assertThat(jdbc.sql("select total from measure_response where id = ?").param(id.value()).query(Integer.class)
                .optional()).isEmpty();
    }

    @Test
    void aDoubleSubmitStoresOneResponse() {
        UUID key = UUID.randomUUID();
        Administration given = new Administration("phq-9", phq9(SEVERAL_DAYS), null);
        ResponseId first = measures.administer(org.clinician(), course, key, given);
        ResponseId again = measures.administer(org.clinician(), course, key, given);
        assertThat(again).isEqualTo(first);
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void twoIdenticalSubmissionsAtTheSameMomentStoreOneResponseAndOneRiskEvent() throws Exception {
        UUID key = UUID.randomUUID();
        Administration given = new Administration("phq-9", phq9(SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS,
                SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS), null);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<ResponseId> send = () -> {
                start.await();
                return measures.administer(org.clinician(), course, key, given);
            };
            Future<ResponseId> first = threads.submit(send);
            Future<ResponseId> second = threads.submit(send);
            start.countDown();
            assertThat(first.get()).as("the racing duplicate gets the first's response").isEqualTo(second.get());
        }
        finally {
            threads.shutdown();
        }
        assertThat(stored()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from risk_event where course_id = ?").param(course.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theResponsesAreListedNewestFirstAndPaged() {
        SessionId earlier = sessionService.recordSession(org.clinician(), course, new SessionEntry(
                LocalDateTime.of(sessionService.sessions(org.clinician(), course).getFirst().when().toLocalDate().plusDays(3),
                        LocalTime.NOON), SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, null));
        ResponseId inSession = measures.administer(org.clinician(), course, UUID.randomUUID(),
                new Administration("phq-9", phq9(NEVER), earlier));
        ResponseId today = administer(phq9(SEVERAL_DAYS));
        MeasuresList list = measures.responses(org.clinician(), course, 0);
        assertThat(list.responses().items()).extracting(ResponseSummary::id).containsExactly(today, inSession);
        assertThat(list.responses().total()).isEqualTo(2);
        assertThat(list.changeable()).isTrue();
        assertThat(measures.response(org.clinician(), course, inSession).administeredAt())
                .isEqualTo(sessionService.session(org.clinician(), course, earlier).when().toInstant());
        assertThat(measures.responses(org.supervisor(), course, 0).changeable()).isFalse();
    }

    @Test
    void theHamdIsEnteredByStaffOnly() {
        Map<String, String> answers = Map.of("hamd-1", "2", "hamd-3", "0");
        assertThatThrownBy(() -> measures.administer(org.clientUser(), course, UUID.randomUUID(),
                new Administration("hamd-17", answers, null))).isInstanceOf(RuleViolation.class)
                .hasMessage("measures.clinicianRated");
        assertThat(stored()).isZero();
        ResponseId byClinician = measures.administer(org.clinician(), course, UUID.randomUUID(),
                new Administration("hamd-17", answers, null));
        assertThat(measures.response(org.clinician(), course, byClinician).instrument().rater())
                .isEqualTo(InstrumentDefinition.Rater.CLINICIAN);
        // a self-report is refused to the client here only because the client may not write the record
        assertThatThrownBy(() -> measures.administer(org.clientUser(), course, UUID.randomUUID(),
                new Administration("phq-9", phq9(NEVER), null))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStructureOnlyInstrumentAndForeignAnswersAreRefused() {
        assertThatThrownBy(() -> measures.administer(org.clinician(), course, UUID.randomUUID(),
                new Administration("epds", Map.of("epds-1", "a"), null))).isInstanceOf(RuleViolation.class)
                .hasMessage("measures.wordingMissing");
        assertThatThrownBy(() -> administer(phq9("LA9999-9"))).isInstanceOf(RuleViolation.class)
                .hasMessage("measures.answer.unknown");
        assertThat(stored()).isZero();
    }

    @Test
    void anotherClinicianOrCourseCannotReachTheResponses() {
        ResponseId id = administer(phq9(NEVER));
        assertThatThrownBy(() -> measures.responses(org.otherClinician(), course, 0))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> measures.response(org.otherClinician(), course, id))
                .isInstanceOf(NotFoundException.class);
        CourseId other = courses.start(org.otherClinician(), org.otherClinicianClient(), org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50,
                        LocalDate.now()));
        assertThatThrownBy(() -> measures.response(org.otherClinician(), other, id))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRiskAnswerInACompleteResponsePublishesTheRiskEvent() {
        ResponseId id = administer(phq9(NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, SEVERAL_DAYS));
        assertThat(risk.received).singleElement().satisfies(event -> {
            assertThat(event.responseId()).isEqualTo(id);
            assertThat(event.courseId()).isEqualTo(course);
            assertThat(event.clientId()).isEqualTo(org.client());
            assertThat(event.organisationId()).isEqualTo(org.id());
            assertThat(event.instrumentId()).isEqualTo("phq-9");
            assertThat(event.recordedBy()).isEqualTo(org.clinician().id());
            assertThat(event.riskItems()).containsExactly(new RiskAnswersRecorded.RiskAnswer("phq9-9", 1));
        });
        assertThat(jdbc.sql("select risk from measure_response where id = ?").param(id.value()).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void aRiskAnswerInAnIncompleteResponsePublishesTheRiskEventToo() {
        Map<String, String> onlyItemNine = Map.of("phq9-9", NEARLY_EVERY_DAY);
        ResponseId id = administer(onlyItemNine);
        assertThat(measures.response(org.clinician(), course, id).score().complete()).isFalse();
        assertThat(risk.received).singleElement().satisfies(event -> assertThat(event.riskItems())
                .containsExactly(new RiskAnswersRecorded.RiskAnswer("phq9-9", 3)));
    }

    @Test
    void zeroOnTheRiskItemPublishesNothing() {
        administer(phq9(NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY,
                NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEVER));
        administer(phq9(NEVER));
        assertThat(risk.received).isEmpty();
    }

    @Test
    void noResponseIsStoredWithoutItsRiskEvent() {
        risk.fail = true;
        UUID key = UUID.randomUUID();
        assertThatThrownBy(() -> measures.administer(org.clinician(), course, key,
                new Administration("phq-9", Map.of("phq9-9", SEVERAL_DAYS), null)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(risk.received).hasSize(1);
        assertThat(stored()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_record where object_type = 'MEASURE_RESPONSE' "
                + "and client_id = ?").param(org.client().value()).query(Long.class).single()).isZero();
        // the listener failing for a response without risk answers changes nothing: it is not called
        administer(phq9(NEVER));
        assertThat(stored()).isEqualTo(1);
    }

    @Test
    void theCoursePageShowsTheLatestTotalAndBandOfEachInstrument() {
        administer(phq9(NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY, NEARLY_EVERY_DAY,
                NEARLY_EVERY_DAY, NEVER, NEVER, NEVER));
        administer(phq9(SEVERAL_DAYS, SEVERAL_DAYS, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER, NEVER));
        administer(phq9(SEVERAL_DAYS));
        CourseSection section = coursePages.course(org.clinician(), course).sections().stream()
                .filter(s -> s.headingKey().equals("measures.title")).findFirst().orElseThrow();
        assertThat(section.count()).isEqualTo(3);
        // the fixture's course (individual IPT, session 1 a week ago) still lacks its GAD-7 baseline
        assertThat(section.details()).filteredOn(d -> d.key().startsWith("schedule.section.")).singleElement()
                .satisfies(d -> {
                    assertThat(d.key()).isEqualTo("schedule.section.OVERDUE");
                    assertThat(d.path()).isEqualTo("/courses/" + course + "/measures/new?instrument=gad-7");
                });
        assertThat(section.details()).filteredOn(d -> d.key().startsWith("measures.section.")).singleElement()
                .satisfies(detail -> {
            assertThat(detail.key()).isEqualTo("measures.section.latestWithBand");
            assertThat(detail.arguments()).containsExactly("Patient Health Questionnaire-9 (PHQ-9)", 2,
                    InstrumentLibrary.standard().definition("phq-9").total().band(2).orElseThrow().label());
        });
    }

    @Test
    void aResponseExportsAsABundleWithTheTotalWhenComplete() {
        ResponseId complete = administer(phq9(SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS,
                SEVERAL_DAYS, SEVERAL_DAYS, SEVERAL_DAYS, NEVER));
        var parser = Fhir.r4().newJsonParser();
        Bundle bundle = parser.parseResource(Bundle.class,
                measures.fhirBundle(org.clinician(), course, complete));
        assertThat(bundle.getEntry()).hasSize(2);
        var response = (QuestionnaireResponse) bundle.getEntry().get(0).getResource();
        assertThat(response.getQuestionnaire()).isEqualTo("https://openipt.org/fhir/Questionnaire/phq-9|"
                + InstrumentLibrary.standard().definition("phq-9").version());
        assertThat(response.getSubject().getReference()).isEqualTo("Patient/" + org.client());
        var total = (Observation) bundle.getEntry().get(1).getResource();
        assertThat(total.getValueIntegerType().getValue()).isEqualTo(8);
        assertThat(total.getDerivedFromFirstRep().getReference()).isEqualTo(bundle.getEntry().get(0).getFullUrl());

        ResponseId incomplete = administer(phq9(SEVERAL_DAYS));
        assertThat(parser.parseResource(Bundle.class,
                measures.fhirBundle(org.clinician(), course, incomplete)).getEntry()).hasSize(1);
    }
}
