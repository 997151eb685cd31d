package org.openipt.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.Role;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The audit trail for an auditor: a CSV of the organisation's entries between two days, nobody else's, with no cell
 * a spreadsheet would run as a formula; only administrators; the export is itself in the trail.
 */
@DatabaseTest
class AuditExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    IdentityService identity;
    @Autowired
    Clock clock;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession admin;
    LocalDate today;

    @BeforeEach
    void organisation() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        admin = pages.signIn(org.email("admin"));
        today = LocalDate.now(clock);
    }

    @Test
    void anAdministratorDownloadsTheOrganisationsEntriesOfAPeriodAsCsv() throws Exception {
        Fixtures.Organisation elsewhere = Fixtures.organisation(context);
        CurrentUser formula = identity.actingAs(identity.createUserIn(org.id(), new NewUser(org.email("formula"),
                "=HYPERLINK(\"http://evil.example\",\"x\")", Fixtures.PASSWORD, Role.CLINICIAN, false, null, null)));
        pages.open(pages.signIn(org.email("formula")), "/clients/" + org.client()); // refused: a row in its name

        MockHttpServletResponse export = download(today.minusDays(1), today);

        assertThat(export.getStatus()).isEqualTo(200);
        assertThat(export.getContentType()).startsWith("text/csv");
        assertThat(export.getHeader("Content-Disposition")).contains("audit-trail-" + today.minusDays(1) + "-to-"
                + today + ".csv");
        List<String> lines = Arrays.asList(export.getContentAsString(StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.getFirst()).startsWith("occurred_at,user,role,action,record_type,record_id,outcome,detail");
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(org.clinician().displayName(), "CREATE"))
                .anySatisfy(line -> assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"")
                        .contains("DENIED"))
                .noneSatisfy(line -> assertThat(line).contains(elsewhere.clinician().displayName()));
        assertThat(formula.displayName()).startsWith("=");

        String again = download(today, today).getContentAsString(StandardCharsets.UTF_8);
        assertThat(again).as("the first export is itself in the trail").contains("AUDIT_EXPORT");
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsExplainedAndNobodyButAnAdministratorExports() throws Exception {
        MockHttpServletResponse backwards = download(today, today.minusDays(3));
        assertThat(backwards.getStatus()).isEqualTo(422);
        assertThat(backwards.getContentAsString(StandardCharsets.UTF_8)).contains(pages.text("audit.export.order"));

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.open(clinician, "/admin/audit/export").getStatus()).isEqualTo(403);
    }

    private MockHttpServletResponse download(LocalDate from, LocalDate to) throws Exception {
        return pages.open(admin, "/admin/audit/export?from=" + from + "&to=" + to);
    }
}
