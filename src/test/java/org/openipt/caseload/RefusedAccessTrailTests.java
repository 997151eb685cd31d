package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A colleague outside the care team who tries a client's record is refused, and the refusal stands in that client's
 * audit trail for the administrators, who can show the refusals alone; a stranger from another organisation trying
 * the same address leaves nothing in it.
 */
@DatabaseTest
class RefusedAccessTrailTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    Pages pages;
    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
    }

    @Test
    void aColleagueRefusedTheRecordStandsInTheClientsTrailAndTheFilterShowsTheRefusalsAlone() throws Exception {
        MockHttpSession colleague = pages.signIn(org.email("other"));
        assertThat(pages.open(colleague, "/clients/" + org.client()).getStatus()).isEqualTo(404);
        Fixtures.Organisation elsewhere = Fixtures.organisation(context);
        MockHttpSession stranger = pages.signIn(elsewhere.email("clinician"));
        assertThat(pages.open(stranger, "/clients/" + org.client()).getStatus()).isEqualTo(404);
        MockHttpSession admin = pages.signIn(org.email("admin"));

        String refusals = pages.page(admin, "/admin/clients/" + org.client() + "/audit?outcome=DENIED");

        assertThat(rows(refusals)).as("the colleague's refusal, not the stranger's").isEqualTo(1);
        assertThat(refusals).contains(org.otherClinician().displayName(), pages.text("audit.outcome.DENIED"))
                .doesNotContain(elsewhere.clinician().displayName());
        String everything = pages.page(admin, "/admin/clients/" + org.client() + "/audit");
        assertThat(rows(everything)).as("with the clinician's own work").isGreaterThan(1);
        assertThat(pages.page(admin, "/admin/clients/" + org.otherClinicianClient() + "/audit?outcome=DENIED"))
                .contains(pages.text("audit.empty.DENIED"));
    }

    private static int rows(String page) {
        int body = page.indexOf("<tbody>");
        return body < 0 ? 0 : page.substring(body, page.indexOf("</tbody>")).split("<tr>").length - 1;
    }
}
