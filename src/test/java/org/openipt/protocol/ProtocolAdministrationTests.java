package org.openipt.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseService;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@DatabaseTest
class ProtocolAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProtocolCatalog catalog;
    @Autowired
    CourseService courses;
    @Autowired
    CaseloadService caseload;

    Fixtures.Organisation org;
    MockHttpSession admin;

    @BeforeEach
    void signInAsAdministrator() throws Exception {
        org = Fixtures.organisation(context);
        admin = Pages.signIn(mvc, org.email("admin"));
    }

    @Test
    void everyOrganisationStartsWithTheBuiltInFormats() throws Exception {
        mvc.perform(get("/admin/protocols").session(admin)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.allOf(Matchers.containsString("Individual IPT"),
                        Matchers.containsString("Group IPT (WHO)"), Matchers.containsString("Maintenance IPT"),
                        Matchers.containsString("16 (8–20)"))));
    }

    @Test
    void aNarrowerRangeAppliesToTheNextContract() throws Exception {
        mvc.perform(settings(post("/admin/protocols/{id}", org.protocol().id()), 12, 10, 14, org.protocol().version()))
                .andExpect(redirectedUrl("/admin/protocols"));

        ClientId client = caseload.register(org.clinician(), new ClientFields("Range Client", null, null, null, null));
        assertThatThrownBy(() -> courses.start(org.clinician(), client, org.protocol().id(),
                new ContractTerms(8, Cadence.WEEKLY, 50, LocalDate.now()))).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("contract.sessions.outsideProtocol");
        assertThat(catalog.protocol(org.id(), org.protocol().id()).settings().maxSessions()).isEqualTo(14);
    }

    @Test
    void anAdministratorAddsAFormatOfTheirOwn() throws Exception {
        mvc.perform(settings(post("/admin/protocols"), 6, 6, 6, 0).param("name", "StrongMinds-style group (6)")
                .param("delivery", "GROUP").param("layWording", "true"))
                .andExpect(redirectedUrl("/admin/protocols"));

        assertThat(catalog.protocols(org.admin())).anySatisfy(p -> {
            assertThat(p.customName()).isEqualTo("StrongMinds-style group (6)");
            assertThat(p.wording()).isEqualTo("lay");
        });
    }

    @Test
    void inconsistentSettingsAreExplainedAndKept() throws Exception {
        mvc.perform(settings(post("/admin/protocols"), 30, 12, 8, 0).param("name", "Broken format"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(Matchers.allOf(
                        Matchers.containsString("fewest first"),
                        Matchers.containsString("value=\"Broken format\""))));
    }

    @Test
    void aStaleEditIsAConflictNotAnOverwrite() throws Exception {
        long loaded = org.protocol().version();
        mvc.perform(settings(post("/admin/protocols/{id}", org.protocol().id()), 16, 8, 20, loaded))
                .andExpect(redirectedUrl("/admin/protocols"));

        mvc.perform(settings(post("/admin/protocols/{id}", org.protocol().id()), 12, 12, 12, loaded))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(Matchers.containsString("Someone else changed this record")));
        assertThat(catalog.protocol(org.id(), org.protocol().id()).settings().minSessions()).isEqualTo(8);
    }

    private MockHttpServletRequestBuilder settings(MockHttpServletRequestBuilder request, int usual, int fewest,
            int most, long version) {
        return request.session(admin).with(csrf()).param("delivery", "INDIVIDUAL")
                .param("defaultSessions", String.valueOf(usual)).param("minSessions", String.valueOf(fewest))
                .param("maxSessions", String.valueOf(most)).param("cadence", "WEEKLY").param("sessionMinutes", "50")
                .param("preGroupSessions", "0").param("initialPhaseSessions", "2")
                .param("terminationPhaseSessions", "2").param("active", "true")
                .param("version", String.valueOf(version));
    }
}
