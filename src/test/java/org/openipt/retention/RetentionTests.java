package org.openipt.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.audit.AuditIntegrity;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.CourseService;
import org.openipt.course.PhaseTransition;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Erasure after the retention period: refused while a course is open, before the period is over, without a period,
 * under a legal hold and without confirmation; once done, nothing of the client's is left but a row named "Erased
 * client" that the audit trail still reads, their portal account signs in no more, and the audit chain is intact.
 */
@DatabaseTest
class RetentionTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RetentionService retention;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession admin;
    String page;

    @BeforeEach
    void anOrganisationWithAClientInTreatment() throws Exception {
        org = Fixtures.organisation(context);
        admin = Pages.signIn(mvc, org.email("admin"));
        page = "/admin/clients/" + org.client().value() + "/retention";
    }

    @Test
    void erasureIsRefusedUntilEverythingAllowsItAndSaysWhy() throws Exception {
        assertThat(erase(true).getContentAsString()).as("no period").contains("A course is still open");
        endTheCourse(LocalDate.now(clock));
        assertThat(erase(true).getContentAsString()).contains("Set the organisation");
        assertThat(mvc.perform(post("/admin/retention").session(admin).with(csrf()).param("years", "0")).andReturn()
                .getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/admin/retention").session(admin).with(csrf()).param("years", "eight"))
                .andReturn().getResponse().getStatus()).isEqualTo(422);
        assertThat(mvc.perform(post("/admin/retention").session(admin).with(csrf()).param("years", "8")).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/admin/retention");
        assertThat(erase(true).getContentAsString()).contains("The retention period is not over yet");

        backdateTreatment(9);
        assertThat(mvc.perform(post(page.replace("retention", "legal-hold")).session(admin).with(csrf())
                .param("reason", "  ")).andReturn().getResponse().getStatus()).isEqualTo(422);
        mvc.perform(post(page.replace("retention", "legal-hold")).session(admin).with(csrf())
                .param("reason", "Complaint to the regulator, reference 2026/114"));
        assertThat(erase(true).getContentAsString()).contains("A legal hold is set");
        assertThat(page()).contains("Complaint to the regulator, reference 2026/114");
        mvc.perform(post(page.replace("retention", "legal-hold/lift")).session(admin).with(csrf()));

        assertThat(erase(false).getContentAsString()).contains("Tick the box");
        assertThat(jdbc.queryForObject("select count(*) from course where client_id = ?", Integer.class,
                org.client().value())).as("nothing erased by a refusal").isEqualTo(1);
        assertThat(mvc.perform(get(page).session(Pages.signIn(mvc, org.email("clinician")))).andReturn()
                .getResponse().getStatus()).as("administrators only").isEqualTo(403);
    }

    @Test
    void anErasedClientLeavesOnlyTheirNamelessRowAndTheAuditTrail() throws Exception {
        UUID client = org.client().value();
        UUID account = jdbc.queryForObject("select user_account_id from client where id = ?", UUID.class, client);
        endTheCourse(LocalDate.now(clock));
        retention.changeRetentionYears(org.admin(), 1);
        backdateTreatment(2);
        int auditBefore = jdbc.queryForObject("select count(*) from audit_record where client_id = ?", Integer.class,
                client);

        MockHttpServletResponse erased = erase(true);
        assertThat(erased.getRedirectedUrl()).isEqualTo(page);
        assertThat(page()).contains("This record was erased on");

        for (String table : new String[] { "course", "care_team_membership", "consent_agreement" }) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where client_id = ?", Integer.class,
                    client)).as(table).isZero();
        }
        assertThat(jdbc.queryForObject("select count(*) from course_session where course_id = ?", Integer.class,
                org.course().value())).isZero();
        assertThat(jdbc.queryForMap("select display_name, birth_year, external_record_number, user_account_id "
                + "from client where id = ?", client)).containsEntry("display_name", CaseloadService.ERASED_NAME)
                .containsEntry("birth_year", null).containsEntry("external_record_number", null)
                .containsEntry("user_account_id", null);
        assertThat(jdbc.queryForObject("select count(*) from audit_record where client_id = ?", Integer.class, client))
                .as("the trail stays, with the erasure added").isEqualTo(auditBefore + 1);
        assertThat(mvc.perform(get("/admin/clients/" + client + "/audit").session(admin)).andReturn().getResponse()
                .getContentAsString()).contains(CaseloadService.ERASED_NAME).doesNotContain("Fixture Client");
        assertThat(jdbc.queryForMap("select email, enabled from user_account where id = ?", account))
                .containsEntry("email", null).containsEntry("enabled", false);
        assertThat(context.getBean(AuditIntegrity.class).verify(org.admin()).intact()).isTrue();
        assertThatThrownBy(() -> retention.erase(org.admin(), org.client(), true)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("retention.erased");
    }

    private MockHttpServletResponse erase(boolean confirmed) throws Exception {
        return mvc.perform(post(page.replace("retention", "erase")).session(admin).with(csrf())
                .param("confirmed", String.valueOf(confirmed))).andReturn().getResponse();
    }

    private String page() throws Exception {
        return mvc.perform(get(page).session(admin)).andReturn().getResponse().getContentAsString();
    }

    private void endTheCourse(LocalDate on) {
        CourseService courses = context.getBean(CourseService.class);
        long version = courses.coursesOf(org.clinician(), org.client()).getFirst().version();
        courses.exit(org.clinician(), org.course(), PhaseTransition.DROP_OUT, "Moved away", on, version);
    }

    /** As if the course had ended years ago: the day it ended and the day it was opened, moved back. */
    private void backdateTreatment(int years) {
        LocalDate longAgo = LocalDate.now(clock).minusYears(years);
        jdbc.update("update course_phase_entered set entered_on = ? where course_id = ?", longAgo,
                org.course().value());
        jdbc.update("update course set exit_date = ? where id = ?", longAgo, org.course().value());
    }
}
