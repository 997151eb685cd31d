package org.openipt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.shared.Identifier;
import org.openipt.shared.PageRequestParams;
import org.openipt.support.ModuleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module on its own (with identity, which it uses): the trail of a client for its organisation's
 * administrators, a record's history without reads or refusals, and refusals that stay recorded when the refused
 * action rolls back.
 */
@ModuleTest
class AuditTrailTests {

    record Id(UUID value) implements Identifier {
        static Id random() {
            return new Id(UUID.randomUUID());
        }
    }

    @Autowired
    AuditTrail audit;
    @Autowired
    IdentityService identity;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    CurrentUser clinician;
    CurrentUser admin;
    CurrentUser otherAdmin;

    @BeforeEach
    void organisations() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        OrganisationId here = identity.openOrganisation("Clinic " + run, "Europe/Madrid", false);
        OrganisationId elsewhere = identity.openOrganisation("Elsewhere " + run, "UTC", false);
        clinician = user(here, "clinician-" + run, Role.CLINICIAN);
        admin = user(here, "admin-" + run, Role.ADMIN);
        otherAdmin = user(elsewhere, "other-admin-" + run, Role.ADMIN);
    }

    private CurrentUser user(OrganisationId organisation, String name, Role role) {
        return identity.actingAs(identity.createUserIn(organisation, new NewUser(name + "@example.org", name,
                "a long enough passphrase 42", role, false, null, null)));
    }

    private void record(CurrentUser user, Identifier client, AuditAction action, Identifier object, String detail) {
        transactions.executeWithoutResult(status -> audit.record(user, client, action, "COURSE", object, detail));
    }

    @Test
    void anAdministratorPagesThroughAClientsTrailAndReadingItIsRecorded() {
        Id client = Id.random();
        for (int i = 0; i < 25; i++) {
            record(clinician, client, AuditAction.READ, client, "history.courseRead");
        }

        var first = audit.trailOfClient(admin, client, new PageRequestParams(0, 20));
        assertThat(first.items()).hasSize(20);
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.items()).allSatisfy(entry -> assertThat(entry.userName()).startsWith("clinician-"));

        var second = audit.trailOfClient(admin, client, new PageRequestParams(1, 20));
        assertThat(second.total()).as("the first reading of the trail is itself in it").isEqualTo(26);
        assertThat(second.items()).hasSize(6);
    }

    @Test
    void anotherOrganisationsAdministratorSeesNothingOfItAndAClinicianMayNotRead() {
        Id client = Id.random();
        record(clinician, client, AuditAction.UPDATE, client, "history.extended|12|14");

        assertThat(audit.trailOfClient(otherAdmin, client, new PageRequestParams(0, 20)).total()).isZero();
        assertThatThrownBy(() -> audit.trailOfClient(clinician, client, new PageRequestParams(0, 20)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aRecordsHistoryHasItsChangesButNoReadsOrRefusals() {
        Id client = Id.random();
        Id course = Id.random();
        record(clinician, client, AuditAction.READ, course, "history.courseRead");
        record(clinician, client, AuditAction.UPDATE, course, "history.extended|12|14");
        audit.recordDenied(clinician, AuditAction.UPDATE, "COURSE", course);

        assertThat(audit.changesOf(clinician, course, 10)).singleElement().satisfies(change -> {
            assertThat(change.detailKey()).isEqualTo("history.extended");
            assertThat(change.detailArguments()).containsExactly("12", "14");
            assertThat(change.underEmergencyAccess()).isFalse();
        });
        assertThat(audit.changesOf(otherAdmin, course, 10)).as("other organisations").isEmpty();
    }

    @Test
    void aRefusalIsRecordedEvenWhenTheRefusedActionRollsBack() {
        Id course = Id.random();
        transactions.executeWithoutResult(status -> {
            audit.recordDenied(clinician, AuditAction.UPDATE, "COURSE", course);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from audit_record where object_id = ? and outcome = 'DENIED'")
                .param(course.value()).query(Long.class).single()).isEqualTo(1);
    }
}
