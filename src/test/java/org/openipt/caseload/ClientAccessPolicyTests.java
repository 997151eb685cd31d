package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;

/** The access rule on hand-made care teams: every kind of membership, ended ones, supervisors, emergencies. */
class ClientAccessPolicyTests {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    private static final OrganisationId ORGANISATION = new OrganisationId(UUID.randomUUID());
    private static final ClientId CLIENT = new ClientId(UUID.randomUUID());

    private final CurrentUser responsible = user(Role.CLINICIAN);
    private final CurrentUser coClinician = user(Role.CLINICIAN);
    private final CurrentUser facilitator = user(Role.CLINICIAN);
    private final CurrentUser former = user(Role.CLINICIAN);
    private final CurrentUser outsider = user(Role.CLINICIAN);
    private final CurrentUser supervisor = user(Role.SUPERVISOR);
    private final CurrentUser admin = user(Role.ADMIN);
    private final CurrentUser clientUser = user(Role.CLIENT);

    private final List<CareTeamMember> team = List.of(
            member(responsible, MembershipKind.RESPONSIBLE_CLINICIAN, null),
            member(coClinician, MembershipKind.CO_CLINICIAN, null),
            member(facilitator, MembershipKind.GROUP_FACILITATOR, null),
            member(former, MembershipKind.RESPONSIBLE_CLINICIAN, TODAY.minusDays(3)));
    private final ClientAccessPolicy.ClientFacts client = new ClientAccessPolicy.ClientFacts(CLIENT, ORGANISATION,
            clientUser.id(), team);

    @Test
    void everyActiveMemberOfTheTeamReadsAndChangesTheRecord() {
        for (CurrentUser member : List.of(responsible, coClinician, facilitator)) {
            assertThat(decide(member, Set.of(), List.of())).isEqualTo(ClientAccess.CHANGE);
        }
    }

    @Test
    void anEndedMembershipGivesNothing() {
        assertThat(decide(former, Set.of(), List.of())).isEqualTo(ClientAccess.NONE);
    }

    @Test
    void aSupervisorReadsTheClientsOfTheActiveMembersTheySuperviseAndNoOthers() {
        assertThat(decide(supervisor, Set.of(coClinician.id()), List.of())).isEqualTo(ClientAccess.READ);
        assertThat(decide(supervisor, Set.of(facilitator.id()), List.of())).isEqualTo(ClientAccess.READ);
        assertThat(decide(supervisor, Set.of(former.id()), List.of())).as("the former clinician's supervisor")
                .isEqualTo(ClientAccess.NONE);
        assertThat(decide(supervisor, Set.of(), List.of())).isEqualTo(ClientAccess.NONE);
    }

    @Test
    void theClientReadsOnlyTheirOwnRecordAndAnAdministratorNone() {
        assertThat(decide(clientUser, Set.of(), List.of())).isEqualTo(ClientAccess.READ);
        assertThat(decide(user(Role.CLIENT), Set.of(), List.of())).isEqualTo(ClientAccess.NONE);
        assertThat(decide(admin, Set.of(), List.of())).isEqualTo(ClientAccess.NONE);
    }

    @Test
    void nobodyReachesAnotherOrganisationsClientWhateverTheirTeamSays() {
        ClientAccessPolicy.ClientFacts elsewhere = new ClientAccessPolicy.ClientFacts(CLIENT,
                new OrganisationId(UUID.randomUUID()), clientUser.id(), team);
        for (CurrentUser anyone : List.of(responsible, coClinician, supervisor, clientUser, admin)) {
            assertThat(ClientAccessPolicy.decide(anyone, elsewhere, Set.of(coClinician.id()),
                    List.of(emergency(anyone, NOW.minusSeconds(60), NOW.plusSeconds(3600))), NOW))
                    .isEqualTo(ClientAccess.NONE);
        }
    }

    @Test
    void anEmergencyAccessLetsAClinicianOutsideTheTeamReadWhileItLasts() {
        EmergencyAccess lasting = emergency(outsider, NOW.minusSeconds(60), NOW.plusSeconds(3600));
        ClientAccess access = decide(outsider, Set.of(), List.of(lasting));
        assertThat(access.maySee()).isTrue();
        assertThat(access.mayChange()).isFalse();
        assertThat(access.emergency()).isEqualTo(lasting);

        assertThat(decide(outsider, Set.of(), List.of(emergency(outsider, NOW.minusSeconds(7200),
                NOW.minusSeconds(1))))).as("expired").isEqualTo(ClientAccess.NONE);
        assertThat(decide(outsider, Set.of(), List.of(emergency(coClinician, NOW.minusSeconds(60),
                NOW.plusSeconds(60))))).as("someone else's").isEqualTo(ClientAccess.NONE);
        EmergencyAccess otherClient = new EmergencyAccess(new EmergencyAccessId(UUID.randomUUID()),
                new ClientId(UUID.randomUUID()), outsider.id(), "Crisis", NOW.minusSeconds(60), NOW.plusSeconds(60));
        assertThat(decide(outsider, Set.of(), List.of(otherClient))).as("another client's").isEqualTo(ClientAccess.NONE);
        assertThat(decide(supervisor, Set.of(), List.of(emergency(supervisor, NOW.minusSeconds(60),
                NOW.plusSeconds(60))))).as("only clinicians break the glass").isEqualTo(ClientAccess.NONE);
    }

    @Test
    void aTeamMemberNeedsNoEmergencyAccess() {
        ClientAccess access = decide(coClinician, Set.of(), List.of(emergency(coClinician, NOW.minusSeconds(60),
                NOW.plusSeconds(60))));
        assertThat(access).isEqualTo(ClientAccess.CHANGE);
        assertThat(access.emergency()).isNull();
    }

    private ClientAccess decide(CurrentUser user, Set<UserId> supervised, List<EmergencyAccess> emergencies) {
        return ClientAccessPolicy.decide(user, client, supervised, emergencies, NOW);
    }

    private static EmergencyAccess emergency(CurrentUser clinician, Instant from, Instant until) {
        return new EmergencyAccess(new EmergencyAccessId(UUID.randomUUID()), CLIENT, clinician.id(), "Crisis", from,
                until);
    }

    private static CareTeamMember member(CurrentUser clinician, MembershipKind kind, @Nullable LocalDate endedOn) {
        return new CareTeamMember(new MembershipId(UUID.randomUUID()), clinician.id(), null, kind,
                TODAY.minusDays(30), null, endedOn, endedOn == null ? null : "Handed over", 0);
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(new UserId(UUID.randomUUID()), ORGANISATION, role, role.name(), false, ZoneOffset.UTC);
    }
}
