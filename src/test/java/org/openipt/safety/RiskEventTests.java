package org.openipt.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.measures.ResponseId;
import org.openipt.measures.RiskAnswersRecorded;
import org.openipt.measures.RiskAnswersRecorded.RiskAnswer;
import org.openipt.safety.internal.EscalationJob;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/** Risk events on a real database: opened with the response, the lifecycle, who may act, escalation. */
@DatabaseTest
@RecordApplicationEvents
class RiskEventTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    RiskEventService riskEvents;
    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
    }

    private RiskAnswersRecorded recorded(UUID responseId, Instant at) {
        return new RiskAnswersRecorded(org.id(), org.client(), org.course(), new ResponseId(responseId), "phq-9",
                List.of(new RiskAnswer("phq9-9", 2)), org.clinician().id(), at);
    }

    /** Publishes as the measures module does: inside the transaction that stores the response. */
    private void publishInTransaction(RiskAnswersRecorded recorded) {
        transactions.executeWithoutResult(status -> publisher.publishEvent(recorded));
    }

    private long eventsForResponse(UUID responseId) {
        return jdbc.sql("select count(*) from risk_event where response_id = ?").param(responseId).query(Long.class)
                .single();
    }

    @Test
    void aRiskAnswerOpensARiskEventWithItsAnswersAndAnAuditRowWithoutClinicalText() {
        UUID response = UUID.randomUUID();
        publishInTransaction(recorded(response, Instant.now()));

        RiskEventSummary summary = riskEvents.events(org.clinician(), org.course()).events().getFirst();
        RiskEvent event = riskEvents.event(org.clinician(), org.course(), summary.id(), Locale.ENGLISH).event();
        assertThat(event.state()).isEqualTo(RiskState.OPEN);
        assertThat(event.source()).isEqualTo(RiskSource.QUESTIONNAIRE);
        assertThat(event.answers()).containsExactly(new org.openipt.safety.RiskAnswer("phq-9", "phq9-9", 2));
        assertThat(event.steps()).extracting(RiskStepRecord::byName).containsExactly(org.clinician().displayName());
        assertThat(events.stream(RiskEventOpened.class)).extracting(RiskEventOpened::riskEventId)
                .containsExactly(summary.id());
        assertThat(jdbc.sql("select detail from audit_record where object_id = ? and action = 'CREATE'")
                .param(summary.id().value()).query(String.class).list()).containsExactly("history.riskEventOpened");
    }

    @Test
    void theSameResponseOpensOneEventOnly() {
        UUID response = UUID.randomUUID();
        publishInTransaction(recorded(response, Instant.now()));
        publishInTransaction(recorded(response, Instant.now()));

        assertThat(eventsForResponse(response)).isEqualTo(1);
    }

    @Test
    void whenThePublishersTransactionRollsBackTheRiskEventGoesWithIt() {
        UUID response = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            publisher.publishEvent(recorded(response, Instant.now()));
            assertThat(eventsForResponse(response)).as("opened inside the publisher's transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(eventsForResponse(response)).isZero();
    }

    @Test
    void outsideATransactionNoRiskEventIsOpenedAlone() {
        assertThatThrownBy(() -> publisher.publishEvent(recorded(UUID.randomUUID(), Instant.now())))
                .isInstanceOf(org.springframework.transaction.IllegalTransactionStateException.class);
    }

    @Test
    void theLifecycleRecordsWhoAndWhenAtEveryStep() {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said she thought of ending her life");
        riskEvents.acknowledge(org.supervisor(), org.course(), id, version(id));
        riskEvents.assess(org.supervisor(), org.course(), id, RiskLevel.MODERATE, "Active thoughts, no plan",
                version(id));
        riskEvents.action(org.clinician(), org.course(), id, EnumSet.of(RiskAction.SAFETY_PLAN,
                RiskAction.SAME_DAY_REVIEW), "Plan written together; seen again this afternoon", version(id));
        riskEvents.close(org.clinician(), org.course(), id, null, version(id));

        RiskEvent event = event(id);
        assertThat(event.state()).isEqualTo(RiskState.CLOSED);
        assertThat(event.level()).isEqualTo(RiskLevel.MODERATE);
        assertThat(event.actions()).containsExactlyInAnyOrder(RiskAction.SAFETY_PLAN, RiskAction.SAME_DAY_REVIEW);
        assertThat(event.steps()).extracting(RiskStepRecord::state).containsExactly(RiskState.OPEN,
                RiskState.ACKNOWLEDGED, RiskState.ASSESSED, RiskState.ACTIONED, RiskState.CLOSED);
        assertThat(event.steps()).extracting(RiskStepRecord::byName).containsExactly(org.clinician().displayName(),
                org.supervisor().displayName(), org.supervisor().displayName(), org.clinician().displayName(),
                org.clinician().displayName());
        List<String> details = jdbc.sql("select detail from audit_record where object_id = ? and action <> 'READ'"
                + " order by occurred_at").param(id.value()).query(String.class).list();
        assertThat(details).containsExactly("history.riskEventOpenedByHand", "history.riskEventAcknowledged",
                "history.riskEventAssessed", "history.riskEventActioned", "history.riskEventClosed");
        assertThat(String.join(" ", details)).doesNotContain("ending", "Plan written", "Active thoughts");
    }

    @Test
    void aSupervisorMayNotRecordTheActionOrCloseAndOthersMayNotActAtAll() {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Disclosed thoughts of self-harm");
        assertThatThrownBy(() -> riskEvents.acknowledge(org.otherClinician(), org.course(), id, version(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> riskEvents.acknowledge(org.admin(), org.course(), id, version(id)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> riskEvents.event(org.clientUser(), org.course(), id, Locale.ENGLISH))
                .as("clients never see risk events").isInstanceOf(NotFoundException.class);
        riskEvents.acknowledge(org.clinician(), org.course(), id, version(id));
        riskEvents.assess(org.clinician(), org.course(), id, RiskLevel.LOW, "Passive, no plan", version(id));
        assertThatThrownBy(() -> riskEvents.action(org.supervisor(), org.course(), id, EnumSet.of(
                RiskAction.REFERRAL), "Referred", version(id))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> riskEvents.openByHand(org.supervisor(), org.course(), "Heard from the team"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aStepOutOfOrderIsARuleViolationAndAStaleOneAConflict() {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Disclosed thoughts of self-harm");
        assertThatThrownBy(() -> riskEvents.close(org.clinician(), org.course(), id, null, version(id)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("safety.step.outOfOrder");
        long read = version(id);
        riskEvents.acknowledge(org.clinician(), org.course(), id, read);
        assertThatThrownBy(() -> riskEvents.assess(org.supervisor(), org.course(), id, RiskLevel.LOW, "Seen",
                read)).isInstanceOf(OptimisticLockingFailureException.class);
    }

    /**
     * Property: whatever happens in whatever order (risk answers of new or repeated responses, in transactions that
     * commit or roll back, and every lifecycle step tried by anyone), every committed risk answer has a risk event
     * of its own, and an event is never closed without having been acknowledged, assessed and actioned.
     */
    @Test
    void noSequenceLeavesARiskAnswerWithoutARiskEvent() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        List<UUID> committed = new ArrayList<>();
        Set<UUID> rolledBack = new HashSet<>();
        for (int i = 0; i < 120; i++) {
            int choice = random.nextInt(6);
            if (choice <= 1) {
                UUID response = committed.isEmpty() || random.nextInt(4) > 0 ? UUID.randomUUID()
                        : committed.get(random.nextInt(committed.size()));
                boolean rollback = random.nextInt(5) == 0 && !committed.contains(response);
                transactions.executeWithoutResult(status -> {
                    publisher.publishEvent(recorded(response, Instant.now()));
                    if (rollback) {
                        status.setRollbackOnly();
                    }
                });
                (rollback ? rolledBack : committed).add(response);
            }
            else {
                List<RiskEventSummary> all = riskEvents.events(org.clinician(), org.course()).events();
                if (all.isEmpty()) {
                    continue;
                }
                RiskEventId id = all.get(random.nextInt(all.size())).id();
                RiskStep step = RiskStep.values()[random.nextInt(RiskStep.values().length)];
                var who = random.nextBoolean() ? org.clinician() : org.supervisor();
                long version = random.nextInt(8) == 0 ? version(id) - 1 : version(id);
                try {
                    switch (step) {
                        case ACKNOWLEDGE -> riskEvents.acknowledge(who, org.course(), id, version);
                        case ASSESS -> riskEvents.assess(who, org.course(), id,
                                RiskLevel.values()[random.nextInt(4)], "Assessed", version);
                        case ACTION -> riskEvents.action(who, org.course(), id, EnumSet.of(RiskAction.REFERRAL),
                                "Referred", version);
                        case CLOSE -> riskEvents.close(who, org.course(), id, null, version);
                    }
                }
                catch (RuleViolation | NotFoundException | OptimisticLockingFailureException refused) {
                    // refused steps change nothing
                }
            }
            for (UUID response : committed) {
                assertThat(eventsForResponse(response)).as("seed %d: response %s", seed, response).isEqualTo(1);
            }
            for (UUID response : rolledBack) {
                if (!committed.contains(response)) {
                    assertThat(eventsForResponse(response)).as("seed %d", seed).isZero();
                }
            }
            assertThat(jdbc.sql("select count(*) from risk_event where course_id = ? and state = 'CLOSED' and"
                    + " (acknowledged_at is null or assessed_at is null or actioned_at is null)")
                    .param(org.course().value()).query(Long.class).single()).as("seed %d", seed).isZero();
            assertThat(jdbc.sql("select count(*) from risk_event where course_id = ? and state <> 'OPEN' and"
                    + " acknowledged_at is null").param(org.course().value()).query(Long.class).single())
                    .as("seed %d", seed).isZero();
        }
    }

    /*
     * The escalation tests open their events days ahead of the real clock, so the application's own scheduled run
     * (on the real clock) never reaches them, and run the job on fixed clocks from there.
     */

    @Test
    void theEscalationJobMarksAnEventLeftUnacknowledgedOnceAtTheSetTime() {
        Instant opened = Instant.now().plus(Duration.ofDays(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publishInTransaction(recorded(UUID.randomUUID(), opened));
        RiskEventId id = riskEvents.events(org.clinician(), org.course()).events().getFirst().id();
        long versionBefore = version(id);
        Duration within = riskEvents.acknowledgeWithin();

        assertThat(job(opened.plus(within).minusSeconds(1)).run()).as("not yet").doesNotContain(id);
        assertThat(event(id).escalated()).isFalse();
        assertThat(job(opened.plus(within)).run()).contains(id);
        assertThat(event(id).escalatedAt()).isEqualTo(opened.plus(within));
        assertThat(job(opened.plus(within).plusSeconds(600)).run()).as("once only").doesNotContain(id);
        assertThat(version(id)).as("nobody's open form becomes stale").isEqualTo(versionBefore);
        assertThat(events.stream(RiskEventEscalated.class).filter(e -> e.riskEventId().equals(id)).count())
                .isEqualTo(1);
    }

    @Test
    void anAcknowledgedEventDoesNotEscalate() {
        Instant opened = Instant.now().plus(Duration.ofDays(20));
        publishInTransaction(recorded(UUID.randomUUID(), opened));
        RiskEventId id = riskEvents.events(org.clinician(), org.course()).events().getFirst().id();
        riskEvents.acknowledge(org.clinician(), org.course(), id, version(id));

        assertThat(job(opened.plus(Duration.ofDays(1))).run()).doesNotContain(id);
        assertThat(event(id).escalated()).isFalse();
    }

    @Test
    void anEscalationBetweenReadingAndAcknowledgingIsKept() {
        Instant opened = Instant.now().plus(Duration.ofDays(40)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        publishInTransaction(recorded(UUID.randomUUID(), opened));
        RiskEventId id = riskEvents.events(org.clinician(), org.course()).events().getFirst().id();
        long read = event(id).version();

        Instant escalated = opened.plus(riskEvents.acknowledgeWithin());
        assertThat(job(escalated).run()).contains(id);
        riskEvents.acknowledge(org.clinician(), org.course(), id, read);

        RiskEvent after = event(id);
        assertThat(after.state()).isEqualTo(RiskState.ACKNOWLEDGED);
        assertThat(after.escalatedAt()).as("the acknowledgement keeps the escalation").isEqualTo(escalated);
    }

    @Test
    void twoNodesRunningTheJobTogetherEscalateEachEventOnce() throws Exception {
        Instant opened = Instant.now().plus(Duration.ofDays(30));
        for (int i = 0; i < 3; i++) {
            publishInTransaction(recorded(UUID.randomUUID(), opened.plusSeconds(i)));
        }
        List<RiskEventId> ids = riskEvents.events(org.clinician(), org.course()).events().stream()
                .map(RiskEventSummary::id).toList();
        Instant now = opened.plus(Duration.ofHours(2));
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<RiskEventId>>> runs = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                runs.add(nodes.submit(() -> {
                    together.await();
                    return transactions.execute(status -> job(now).run());
                }));
            }
            List<RiskEventId> marked = new ArrayList<>();
            for (Future<List<RiskEventId>> run : runs) {
                marked.addAll(run.get());
            }
            assertThat(marked).as("no event marked by both nodes").doesNotHaveDuplicates();
            assertThat(marked).containsAll(ids);
            assertThat(ids).allSatisfy(id -> assertThat(event(id).escalated()).isTrue());
        }
        finally {
            nodes.shutdownNow();
        }
    }

    private EscalationJob job(Instant now) {
        return new EscalationJob(riskEvents, Clock.fixed(now, ZoneOffset.UTC));
    }

    private RiskEvent event(RiskEventId id) {
        return riskEvents.event(org.clinician(), org.course(), id, Locale.ENGLISH).event();
    }

    private long version(RiskEventId id) {
        return jdbc.sql("select version from risk_event where id = ?").param(id.value()).query(Long.class).single();
    }
}
