package org.openipt.termination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.GoalId;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The termination page saves the review with goal outcomes, keeps a stale entry and refuses maintenance early. */
@DatabaseTest
class TerminationPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    FormulationService formulations;
    @Autowired
    TerminationService terminations;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession clinician;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
    }

    @Test
    void theReviewIsSavedWithItsGoalOutcomesAndShownAgain() throws Exception {
        FocalAreaId area = Fixtures.readyForMiddle(context, org.clinician(), org.course(), LocalDate.now(clock));
        GoalId goal = formulations.addGoal(org.clinician(), org.course(), area, "Find a new routine");
        String page = mvc.perform(get("/courses/" + org.course() + "/termination").session(clinician)).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Termination review").contains("Find a new routine")
                .contains("Relapse-prevention plan");

        MockHttpServletResponse saved = send("/courses/" + org.course() + "/termination/review",
                "outcomes[" + goal + "]", "PARTLY", "clientAccount", "I go out again", "decision", "END",
                "version", "-1");
        assertThat(saved.getStatus()).isEqualTo(302);
        TerminationRecord record = terminations.termination(org.clinician(), org.course());
        assertThat(record.review().goalOutcomes()).containsEntry(goal, GoalOutcome.PARTLY);
        assertThat(record.review().decision()).isEqualTo(TerminationDecision.END);
    }

    @Test
    void aStalePlanIsAConflictWithTheEntryKept() throws Exception {
        MockHttpServletResponse response = send("/courses/" + org.course() + "/termination/plan", "warningSigns",
                "Typed while someone else saved", "version", "3");

        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("Typed while someone else saved");
    }

    @Test
    void maintenanceBeforeTheDecisionIsRefusedWithTheReason() throws Exception {
        MockHttpServletResponse response = send("/courses/" + org.course() + "/termination/maintenance",
                "startDate", LocalDate.now(clock).plusMonths(1).toString());

        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString()).contains("only when the review decided on maintenance");
    }

    private MockHttpServletResponse send(String path, String... namesAndValues) throws Exception {
        var request = post(path).with(csrf()).session(clinician);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
