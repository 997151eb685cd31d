package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.openipt.audit.internal.AuditChain;
import org.openipt.support.DatabaseTest;
import org.openipt.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

@DatabaseTest
class MigrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditChain chain;

    @Test
    void everyMigrationRanAndTheDemoOrganisationIsSeededOnce() {
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = false").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from organisation where demo = true").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from protocol p join organisation o on o.id = p.organisation_id "
                + "where o.demo = true").query(Long.class).single()).isEqualTo(8);
    }

    /**
     * A database from before care teams (V18), with one client assigned to a clinician and one assigned to nobody,
     * migrated to now: the assigned clinician is the client's responsible clinician since it was registered.
     */
    @Test
    void clientsAssignedBeforeCareTeamsKeepTheirClinicianAsResponsibleClinician() {
        boolean postgres = TestDatabase.isPostgres();
        String url = postgres ? TestDatabase.newPostgresDatabase()
                : "jdbc:h2:mem:migration" + UUID.randomUUID().toString().replace("-", "")
                        + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1";
        String user = postgres ? "postgres" : "sa";
        String[] locations = { "classpath:db/migration/common",
                "classpath:db/migration/" + (postgres ? "postgresql" : "h2") };
        Flyway.configure().dataSource(url, user, "").locations(locations).target("18").load().migrate();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, user, "");
        JdbcClient old = JdbcClient.create(dataSource);
        UUID organisation = UUID.randomUUID();
        UUID clinician = UUID.randomUUID();
        UUID assigned = UUID.randomUUID();
        UUID unassigned = UUID.randomUUID();
        old.sql("insert into organisation (id, name, time_zone, created_at, version) values (?, 'Old', 'UTC', "
                + "timestamp '2026-01-01 09:00:00', 0)").param(organisation).update();
        old.sql("insert into user_account (id, organisation_id, email, display_name, password_hash, role, created_at, "
                + "version) values (?, ?, 'old@example.org', 'Old Clinician', 'x', 'CLINICIAN', "
                + "timestamp '2026-01-01 09:00:00', 0)").param(clinician).param(organisation).update();
        for (UUID client : List.of(assigned, unassigned)) {
            old.sql("insert into client (id, organisation_id, display_name, search_name, assigned_clinician_id, "
                    + "created_at, version) values (?, ?, 'Old Client', 'old client', ?, "
                    + "timestamp '2026-02-03 10:00:00', 0)").param(client).param(organisation)
                    .param(client.equals(assigned) ? clinician : null).update();
        }

        Flyway.configure().dataSource(url, user, "").locations(locations).load().migrate();

        assertThat(old.sql("select client_id, clinician_id, kind, started_on, ended_on from care_team_membership")
                .query((rs, n) -> List.of(rs.getObject(1), rs.getObject(2), rs.getString(3),
                        rs.getObject(4, java.time.LocalDate.class).toString(), String.valueOf(rs.getObject(5))))
                .list()).containsExactly(List.of(assigned, clinician, "RESPONSIBLE_CLINICIAN", "2026-02-03", "null"));
    }

    @Test
    void theAuditTrailCannotBeChangedOrDeleted() {
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into audit_record (id, occurred_at, action, object_type, outcome) "
                + "values (?, current_timestamp, 'READ', 'CLIENT', 'SUCCESS')").param(id).update();

        assertThatThrownBy(() -> jdbc.sql("update audit_record set outcome = 'DENIED' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_record where id = ?").param(id).update())
                .hasMessageContaining("append-only");

        chain.sealWaiting();
        assertThatThrownBy(() -> jdbc.sql("update audit_seal set chain_hash = 'forged' where audit_id = ?").param(id)
                .update()).as("nor can the seals").hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_seal where audit_id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }
}
