package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CoursePageQuery;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Care teams on a real database: handovers, co-clinicians, the history they leave, and two handovers at once. */
@DatabaseTest
class CareTeamTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CareTeamService careTeams;
    @Autowired
    CaseloadService caseload;
    @Autowired
    CoursePageQuery coursePages;
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
    void aRegisteredClientHasItsClinicianAsResponsibleClinician() {
        CareTeam team = careTeams.careTeam(org.clinician(), org.client());

        assertThat(team.members()).singleElement().satisfies(member -> {
            assertThat(member.clinicianId()).isEqualTo(org.clinician().id());
            assertThat(member.kind()).isEqualTo(MembershipKind.RESPONSIBLE_CLINICIAN);
            assertThat(member.clinicianName()).isEqualTo(org.clinician().displayName());
        });
        assertThat(team.ended()).isEmpty();
        assertThat(team.mayManage()).isTrue();
        assertThat(caseload.client(org.clinician(), org.client()).clinicianName())
                .isEqualTo(org.clinician().displayName());
    }

    @Test
    void aHandoverMovesTheClientToTheNewClinicianKeepsTheHistoryAndShowsInTheCourseHistory() {
        CurrentUser successor = Fixtures.colleague(context, org, "successor");
        careTeams.handOver(org.clinician(), org.client(), successor.id(), "Moving to another site", today, null);

        assertThat(caseload.caseload(org.clinician(), "", PageRequestParams.of(0)).items()).isEmpty();
        assertThat(caseload.caseload(successor, "", PageRequestParams.of(0)).items())
                .extracting(CaseloadEntry::displayName).containsExactly("Fixture Client");
        assertThat(caseload.responsibleClinician(org.id(), org.client())).contains(successor.id());
        assertThatThrownBy(() -> caseload.client(org.clinician(), org.client())).isInstanceOf(NotFoundException.class);
        assertThat(caseload.caseload(org.supervisor(), "", PageRequestParams.of(0)).items())
                .as("the former clinician's supervisor no longer sees the client").isEmpty();

        CareTeam team = careTeams.careTeam(successor, org.client());
        assertThat(team.members()).singleElement().extracting(CareTeamMember::clinicianId).isEqualTo(successor.id());
        assertThat(team.ended()).singleElement().satisfies(ended -> {
            assertThat(ended.clinicianId()).isEqualTo(org.clinician().id());
            assertThat(ended.endedOn()).isEqualTo(today);
            assertThat(ended.endReason()).isEqualTo("Moving to another site");
        });
        List<AuditEntry> history = coursePages.course(successor, org.course()).history();
        assertThat(history).anySatisfy(entry -> {
            assertThat(entry.detailKey()).isEqualTo("history.handedOver");
            assertThat(entry.detailArguments()).containsExactly(org.clinician().displayName(),
                    successor.displayName(), today.toString());
        });
    }

    @Test
    void aCoClinicianJoinsSeesTheClientOnTheirCaseloadAndLeavesAgain() {
        CurrentUser co = Fixtures.colleague(context, org, "co");
        MembershipId membership = careTeams.addMember(org.clinician(), org.client(), co.id(),
                MembershipKind.CO_CLINICIAN, "Covers the Friday sessions", today);

        assertThat(caseload.caseload(co, "", PageRequestParams.of(0)).items()).extracting(CaseloadEntry::clinicianName)
                .as("the caseload names the responsible clinician").containsExactly(org.clinician().displayName());
        assertThat(caseload.mayChange(co, org.client())).isTrue();
        assertThat(caseload.responsibleClinician(org.id(), org.client())).contains(org.clinician().id());
        assertThatThrownBy(() -> careTeams.addMember(org.clinician(), org.client(), co.id(),
                MembershipKind.CO_CLINICIAN, "Again", today)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("careTeam.member.already");

        CareTeamMember member = careTeams.careTeam(co, org.client()).members().stream()
                .filter(m -> m.id().equals(membership)).findFirst().orElseThrow();
        careTeams.endMembership(org.clinician(), org.client(), membership, "Cover no longer needed", today,
                member.version());
        assertThat(caseload.mayChange(co, org.client())).isFalse();
        assertThat(caseload.caseload(co, "", PageRequestParams.of(0)).items()).isEmpty();
        assertThatThrownBy(() -> careTeams.endMembership(org.clinician(), org.client(), membership, "Again", today,
                member.version())).isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void theResponsibleClinicianLeavesOnlyByAHandoverAndStrangersChangeNothing() {
        MembershipId responsible = careTeams.careTeam(org.clinician(), org.client()).members().getFirst().id();
        assertThatThrownBy(() -> careTeams.endMembership(org.clinician(), org.client(), responsible, "Leaving", today,
                0)).isInstanceOf(RuleViolation.class).hasMessageContaining("careTeam.end.responsible");
        assertThatThrownBy(() -> careTeams.handOver(org.otherClinician(), org.client(), org.otherClinician().id(),
                "Taking over", today, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> careTeams.handOver(org.supervisor(), org.client(), org.otherClinician().id(),
                "Taking over", today, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> careTeams.handOver(org.clinician(), org.client(), org.supervisor().id(),
                "To a supervisor", today, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("careTeam.clinician.unknown");
        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThatThrownBy(() -> careTeams.handOver(org.clinician(), org.client(), foreign.clinician().id(),
                "Abroad", today, null)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("careTeam.clinician.unknown");
        assertThatThrownBy(() -> careTeams.careTeam(foreign.admin(), org.client()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAdministratorHandsAClientOverAndAStaleHandoverIsAConflict() {
        CurrentUser first = Fixtures.colleague(context, org, "first");
        CurrentUser second = Fixtures.colleague(context, org, "second");
        CareTeam seen = careTeams.careTeam(org.admin(), org.client());
        MembershipId seenResponsible = seen.responsible().orElseThrow().id();

        careTeams.handOver(org.admin(), org.client(), first.id(), "Clinician on leave", today, seenResponsible);
        assertThatThrownBy(() -> careTeams.handOver(org.admin(), org.client(), second.id(), "Clinician on leave",
                today, seenResponsible)).as("a second person who saw the same team")
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(caseload.responsibleClinician(org.id(), org.client())).contains(first.id());
    }

    @Test
    void twoHandoversSubmittedAtTheSameMomentLeaveExactlyOneResponsibleClinician() throws Exception {
        CurrentUser first = Fixtures.colleague(context, org, "first");
        CurrentUser second = Fixtures.colleague(context, org, "second");
        MembershipId seen = careTeams.careTeam(org.clinician(), org.client()).responsible().orElseThrow().id();
        CyclicBarrier start = new CyclicBarrier(2);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            for (CurrentUser to : List.of(first, second)) {
                outcomes.add(threads.submit(() -> {
                    start.await();
                    try {
                        careTeams.handOver(org.clinician(), org.client(), to.id(), "Reorganised caseloads", today,
                                seen);
                        return "handed over";
                    }
                    catch (ConcurrencyFailureException | NotFoundException refused) {
                        return "refused";
                    }
                }));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsExactlyInAnyOrder("handed over", "refused");
        }
        assertThat(jdbc.sql("select count(*) from care_team_membership where client_id = ? and ended_on is null"
                + " and kind = 'RESPONSIBLE_CLINICIAN'").param(org.client().value()).query(Long.class).single())
                .isEqualTo(1);
    }
}
