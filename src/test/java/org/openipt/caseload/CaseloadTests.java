package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;

@DatabaseTest
class CaseloadTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    CaseloadService caseload;

    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
    }

    @Test
    void aClinicianSeesOnlyTheirOwnClientsWithTheirProgress() {
        ResultPage<CaseloadEntry> page = caseload.caseload(org.clinician(), "", PageRequestParams.of(0));

        assertThat(page.items()).extracting(CaseloadEntry::displayName).containsExactly("Fixture Client");
        ClientStatus status = page.items().getFirst().status();
        assertThat(status).isNotNull();
        assertThat(status.phase()).isEqualTo("INITIAL");
        assertThat(status.sessionsHeld()).isEqualTo(1);
        assertThat(status.contractedSessions()).isEqualTo(12);
    }

    @Test
    void aSupervisorSeesTheirTeamsClientsOnly() {
        assertThat(caseload.caseload(org.supervisor(), "", PageRequestParams.of(0)).items())
                .extracting(CaseloadEntry::displayName).containsExactly("Fixture Client");
        assertThat(caseload.client(org.supervisor(), org.client()).displayName()).isEqualTo("Fixture Client");
        assertThatThrownBy(() -> caseload.client(org.supervisor(), org.otherClinicianClient()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theCaseloadIsPagedAndSearchable() {
        for (int i = 1; i <= 24; i++) {
            caseload.register(org.clinician(), new ClientFields("Paged %02d".formatted(i), null, null, null, "P-" + i));
        }

        ResultPage<CaseloadEntry> first = caseload.caseload(org.clinician(), "", PageRequestParams.of(0));
        ResultPage<CaseloadEntry> second = caseload.caseload(org.clinician(), "", PageRequestParams.of(1));
        assertThat(first.items()).hasSize(20);
        assertThat(second.items()).hasSize(5);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.totalPages()).isEqualTo(2);

        assertThat(caseload.caseload(org.clinician(), "paged 1", PageRequestParams.of(0)).items())
                .extracting(CaseloadEntry::displayName).hasSize(10);
        assertThat(caseload.caseload(org.clinician(), "p-24", PageRequestParams.of(0)).items())
                .extracting(CaseloadEntry::displayName).containsExactly("Paged 24");
        assertThat(caseload.caseload(org.clinician(), "100%", PageRequestParams.of(0)).items()).isEmpty();
    }

    @Test
    void onlyADisplayNameIsRequiredAndTheBirthYearMustBePlausible() {
        ClientId pseudonym = caseload.register(org.clinician(), new ClientFields("  K.  ", null, null, null, null));
        assertThat(caseload.client(org.clinician(), pseudonym).displayName()).isEqualTo("K.");

        assertThatThrownBy(() -> caseload.register(org.clinician(), new ClientFields(" ", null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("client.displayName.required");
        assertThatThrownBy(() -> caseload.register(org.clinician(), new ClientFields("Old", 1700, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("client.birthYear.range");
    }

    @Test
    void administratorsManageAccountsButReadNoClinicalRecord() {
        assertThatThrownBy(() -> caseload.client(org.admin(), org.client())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> caseload.caseload(org.admin(), "", PageRequestParams.of(0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(caseload.directory(org.admin(), "", PageRequestParams.of(0)).items()).hasSize(2);
    }

    @Test
    void aClientSeesOnlyThemself() {
        assertThat(caseload.ownRecord(org.clientUser())).isEqualTo(org.client());
        assertThat(caseload.client(org.clientUser(), org.client()).displayName()).isEqualTo("Fixture Client");
        assertThatThrownBy(() -> caseload.client(org.clientUser(), org.otherClinicianClient()))
                .isInstanceOf(NotFoundException.class);
    }
}
