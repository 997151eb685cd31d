package org.openipt.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.audit.internal.AuditChain;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail is tamper-evident: every entry is sealed into a hash chain, and the administrator's check names
 * the first seal whose entry was changed or removed directly in the database (with the append-only guard switched
 * off, as someone with the database owner's rights could), and says intact again once the entry is put back.
 */
@DatabaseTest
class AuditIntegrityTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditChain chain;
    @Autowired
    DataSource dataSource;

    Fixtures.Organisation org;
    MockHttpSession admin;

    @BeforeEach
    void organisationWithATrail() throws Exception {
        org = Fixtures.organisation(context);
        admin = Pages.signIn(mvc, org.email("admin"));
        mvc.perform(post("/admin/audit/integrity").session(admin).with(csrf()));
    }

    @Test
    void anUnchangedTrailIsIntactAndEveryEntryIsSealed() throws Exception {
        String page = check();
        assertThat(page).contains("The audit trail is intact");
        assertThat(jdbc.queryForObject("select count(*) from audit_seal", Long.class))
                .as("every entry written before the check is sealed").isGreaterThanOrEqualTo(
                        jdbc.queryForObject("select count(*) from audit_record", Long.class) - 1);
    }

    @Test
    void aChangedEntryIsNamedAsTheFirstBreakAndTheTrailIsIntactOnceItIsPutBack() throws Exception {
        Map<String, Object> entry = ourSealedEntry();
        UUID id = (UUID) entry.get("id");
        long sequence = ((Number) entry.get("sequence")).longValue();
        Object detail = entry.get("detail");
        withoutTheAppendOnlyGuard(() -> jdbc.update("update audit_record set detail = ? where id = ?",
                "nothing to see here", id));
        try {
            assertThat(check()).contains("the chain breaks at seal " + sequence + " (the entry sealed there was changed)")
                    .contains(id.toString());
        }
        finally {
            withoutTheAppendOnlyGuard(() -> jdbc.update("update audit_record set detail = ? where id = ?", detail, id));
        }
        assertThat(check()).contains("The audit trail is intact");
    }

    @Test
    void aRemovedEntryIsNamedByItsSeal() throws Exception {
        Map<String, Object> entry = ourSealedEntry();
        Map<String, Object> row = jdbc.queryForMap("select * from audit_record where id = ?", entry.get("id"));
        withoutTheAppendOnlyGuard(() -> jdbc.update("delete from audit_record where id = ?", entry.get("id")));
        try {
            assertThat(check()).contains("the chain breaks at seal " + entry.get("sequence")
                    + " (the entry sealed there was removed)");
        }
        finally {
            jdbc.update("insert into audit_record (id, occurred_at, organisation_id, user_id, user_role, client_id, "
                    + "action, object_type, object_id, outcome, detail, emergency_access_id) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("occurred_at"),
                    row.get("organisation_id"), row.get("user_id"), row.get("user_role"), row.get("client_id"),
                    row.get("action"), row.get("object_type"), row.get("object_id"), row.get("outcome"),
                    row.get("detail"), row.get("emergency_access_id"));
        }
        assertThat(check()).contains("The audit trail is intact");
    }

    @Test
    void twoNodesSealingAtOnceTakeTurnsAndTheChainStaysWhole() throws Exception {
        MockHttpSession clinician = Pages.signIn(mvc, org.email("clinician"));
        for (int i = 0; i < 5; i++) { // each reading of the client's page is an audit entry to seal
            mvc.perform(get("/clients/" + org.client().value()).session(clinician));
        }
        CompletableFuture<Void> one = CompletableFuture.runAsync(chain::sealWaiting);
        CompletableFuture<Void> other = CompletableFuture.runAsync(chain::sealWaiting);
        CompletableFuture.allOf(one, other).join();
        assertThat(jdbc.queryForObject("select count(distinct audit_id) from audit_seal", Long.class))
                .isEqualTo(jdbc.queryForObject("select count(*) from audit_seal", Long.class));
        assertThat(check()).contains("The audit trail is intact");
    }

    private String check() throws Exception {
        return mvc.perform(post("/admin/audit/integrity").session(admin).with(csrf())).andReturn().getResponse()
                .getContentAsString();
    }

    private Map<String, Object> ourSealedEntry() {
        return jdbc.queryForMap("select r.id, r.detail, s.sequence from audit_record r "
                + "join audit_seal s on s.audit_id = r.id where r.organisation_id = ? order by s.sequence desc "
                + "fetch first 1 rows only", org.id().value());
    }

    /** Someone with the database owner's rights: the append-only triggers off for one statement, then on again. */
    private void withoutTheAppendOnlyGuard(Runnable tampering) throws SQLException {
        if (postgres()) {
            jdbc.execute("alter table audit_record disable trigger audit_record_no_update_or_delete");
            try {
                tampering.run();
            }
            finally {
                jdbc.execute("alter table audit_record enable trigger audit_record_no_update_or_delete");
            }
            return;
        }
        jdbc.execute("drop trigger audit_record_no_update");
        jdbc.execute("drop trigger audit_record_no_delete");
        try {
            tampering.run();
        }
        finally {
            jdbc.execute("create trigger audit_record_no_update before update on audit_record for each row call "
                    + "'org.openipt.audit.internal.AppendOnlyAuditTrigger'");
            jdbc.execute("create trigger audit_record_no_delete before delete on audit_record for each row call "
                    + "'org.openipt.audit.internal.AppendOnlyAuditTrigger'");
        }
    }

    private boolean postgres() throws SQLException {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }
}
