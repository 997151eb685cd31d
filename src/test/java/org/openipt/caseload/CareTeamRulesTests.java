package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.identity.UserId;

/** The rules of handovers, joining and leaving, with the messages a person sees. */
class CareTeamRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final LocalDate STARTED = LocalDate.of(2026, 10, 1);

    private final UserId responsible = new UserId(UUID.randomUUID());
    private final UserId colleague = new UserId(UUID.randomUUID());
    private final CareTeamMember responsibleMembership = member(responsible, MembershipKind.RESPONSIBLE_CLINICIAN,
            null);
    private final CareTeamMember coMembership = member(colleague, MembershipKind.CO_CLINICIAN, null);
    private final List<CareTeamMember> team = List.of(responsibleMembership, coMembership);

    @Test
    void aHandoverToAColleagueWithAReasonOnADayBetweenTheStartAndTodayIsFine() {
        assertThat(CareTeamRules.handoverProblems(team, colleague, true, "Moving away", TODAY, TODAY)).isEmpty();
        assertThat(CareTeamRules.handoverProblems(team, colleague, true, "Moving away", STARTED, TODAY)).isEmpty();
        assertThat(CareTeamRules.responsible(team)).contains(responsibleMembership);
    }

    @Test
    void aHandoverSaysEverythingThatIsWrongAtOnce() {
        assertThat(CareTeamRules.handoverProblems(team, responsible, true, " ", TODAY.plusDays(1), TODAY))
                .containsExactlyInAnyOrder("careTeam.handover.same", "careTeam.reason.required", "careTeam.day.future");
        assertThat(CareTeamRules.handoverProblems(team, colleague, false, "x".repeat(1001), null, TODAY))
                .containsExactlyInAnyOrder("careTeam.clinician.unknown", "careTeam.reason.tooLong",
                        "careTeam.day.required");
        assertThat(CareTeamRules.handoverProblems(team, colleague, true, "Moving", STARTED.minusDays(1), TODAY))
                .containsExactly("careTeam.day.beforeStart");
    }

    @Test
    void aClinicianJoinsOnceAndOnlyAClinicianOfTheOrganisation() {
        UserId newcomer = new UserId(UUID.randomUUID());
        assertThat(CareTeamRules.additionProblems(team, newcomer, true, "Covers Fridays", TODAY, TODAY)).isEmpty();
        assertThat(CareTeamRules.additionProblems(team, colleague, true, "Covers Fridays", TODAY, TODAY))
                .containsExactly("careTeam.member.already");
        assertThat(CareTeamRules.additionProblems(team, newcomer, false, "Covers Fridays", TODAY, TODAY))
                .containsExactly("careTeam.clinician.unknown");
        CareTeamMember left = member(newcomer, MembershipKind.CO_CLINICIAN, TODAY.minusDays(2));
        assertThat(CareTeamRules.additionProblems(List.of(responsibleMembership, left), newcomer, true, "Back",
                TODAY, TODAY)).as("someone who left may join again").isEmpty();
    }

    @Test
    void onlyAnActiveMembershipThatIsNotTheResponsibleClinicianEnds() {
        assertThat(CareTeamRules.endingProblems(coMembership, "Cover no longer needed", TODAY, TODAY)).isEmpty();
        assertThat(CareTeamRules.endingProblems(responsibleMembership, "Leaving", TODAY, TODAY))
                .containsExactly("careTeam.end.responsible");
        assertThat(CareTeamRules.endingProblems(member(colleague, MembershipKind.CO_CLINICIAN, TODAY), "Again",
                TODAY, TODAY)).containsExactly("careTeam.end.alreadyEnded");
        assertThat(CareTeamRules.endingProblems(coMembership, "", STARTED.minusDays(1), TODAY))
                .containsExactlyInAnyOrder("careTeam.reason.required", "careTeam.day.beforeStart");
    }

    private static CareTeamMember member(UserId clinician, MembershipKind kind, @Nullable LocalDate endedOn) {
        return new CareTeamMember(new MembershipId(UUID.randomUUID()), clinician, null, kind, STARTED, null, endedOn,
                null, 0);
    }
}
