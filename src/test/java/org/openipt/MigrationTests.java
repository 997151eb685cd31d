package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class MigrationTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationRanAndTheDemoOrganisationIsSeededOnce() {
        assertThat(jdbc.sql("select count(*) from \"flyway_schema_history\" where \"success\" = false").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from organisation where demo = true").query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from protocol p join organisation o on o.id = p.organisation_id "
                + "where o.demo = true").query(Long.class).single()).isEqualTo(8);
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
    }
}
