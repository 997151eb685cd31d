package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.TransitionDetail;
import org.openipt.formulation.FocalAreaEntry;
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
 * "My plan" as the fixture's client (initial phase) and their clinician see it: nothing until the clinician shares;
 * the formulation's words and problem area in plain wording once shared, goals only when those are shared too;
 * accepting it ticks the initial-phase checklist on the course page; asking to talk raises an alert on the course
 * page that goes when the clinician saves the formulation; words changed meanwhile are a conflict, not an answer.
 */
@DatabaseTest
class MyPlanTests {

    static final String WORDS = "Your low mood began when you lost your job; we will work on this change together.";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    FormulationService formulations;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;
    MockHttpSession clinician;

    @BeforeEach
    void formulationWritten() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        formulations.addFocalArea(org.clinician(), org.course(), new FocalAreaEntry(new TransitionDetail(
                "Employee", "Job seeker", "Colleagues", "Time for family", "Job search", "Former colleague")));
        formulations.record(org.clinician(), org.course(), new FormulationEntry(WORDS, null, null),
                formulations.formulation(org.clinician(), org.course()).version());
        client = pages.signIn(org.email("client"));
        clinician = pages.signIn(org.email("clinician"));
    }

    @Test
    void nothingIsSharedUntilTheClinicianChooses() throws Exception {
        String plan = pages.page(client, "/me/plan");
        assertThat(plan).contains(pages.text("myPlan.notShared")).doesNotContain(WORDS.substring(0, 20));
        assertThat(pages.send(client, "/me/plan", "response", "ACCEPTED", "version", "1").getStatus()).isEqualTo(404);
        assertThat(pages.page(clinician, "/courses/" + org.course())).contains(pages.text("sharing.section.count", 0));
    }

    @Test
    void theClientAcceptsTheSharedFormulationAndTheClinicianChecklistTicks() throws Exception {
        SharingSteps.share(pages, clinician, org.course(), SharedPart.FORMULATION);
        String course = pages.page(clinician, "/courses/" + org.course());
        assertThat(course).contains(pages.text("sharing.section.count", 1));
        assertThat(checklistLine(course)).startsWith(pages.text("checklist.unmet"));

        String plan = pages.page(client, "/me/plan");
        assertThat(plan).contains(WORDS.substring(0, 40)).contains("Life changes")
                .doesNotContain(pages.text("myPlan.goals")).doesNotContain("Job search");
        MockHttpServletResponse accepted = pages.send(client, "/me/plan", "response", "ACCEPTED", "version",
                SharingSteps.field(plan, "version"));
        assertThat(accepted.getRedirectedUrl()).isEqualTo("/me/plan");
        assertThat(pages.page(client, "/me/plan")).contains("data-kind=\"accepted\"")
                .doesNotContain(pages.text("myPlan.accept"));

        String after = pages.page(clinician, "/courses/" + org.course());
        assertThat(checklistLine(after)).startsWith(pages.text("checklist.met"));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/formulation"))
                .contains("data-kind=\"client-response\"");
        assertThat(pages.page(pages.signIn(org.email("admin")), "/admin/clients/" + org.client() + "/audit"))
                .as("audited").contains(pages.text("history.formulationAcceptedByClient"));
    }

    @Test
    void askingToTalkShowsOnTheCoursePageUntilTheClinicianSavesTheFormulation() throws Exception {
        SharingSteps.share(pages, clinician, org.course(), SharedPart.FORMULATION, SharedPart.GOALS);
        String plan = pages.page(client, "/me/plan");
        assertThat(plan).contains(pages.text("myPlan.goals"));
        pages.send(client, "/me/plan", "response", "WANTS_TO_TALK", "version", SharingSteps.field(plan, "version"));
        assertThat(pages.page(client, "/me/plan")).contains("data-kind=\"wants-to-talk\"")
                .contains(pages.text("myPlan.accept"));
        assertThat(pages.page(clinician, "/courses/" + org.course()))
                .contains(pages.text("formulation.alert.wantsToTalk"));

        formulations.record(org.clinician(), org.course(), new FormulationEntry(WORDS + " (talked it through)", null,
                null), formulations.formulation(org.clinician(), org.course()).version());
        assertThat(pages.page(clinician, "/courses/" + org.course()))
                .doesNotContain(pages.text("formulation.alert.wantsToTalk"));
    }

    @Test
    void wordsChangedWhileTheClientReadThemAreNotAccepted() throws Exception {
        SharingSteps.share(pages, clinician, org.course(), SharedPart.FORMULATION);
        String plan = pages.page(client, "/me/plan");
        formulations.record(org.clinician(), org.course(), new FormulationEntry("New words", null, null),
                formulations.formulation(org.clinician(), org.course()).version());
        MockHttpServletResponse stale = pages.send(client, "/me/plan", "response", "ACCEPTED", "version",
                SharingSteps.field(plan, "version"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(pages.text("myPlan.changed")).contains("New words");
        assertThat(formulations.formulation(org.clinician(), org.course()).accepted()).isFalse();
        assertThat(pages.send(client, "/me/plan", "response", "MAYBE", "version", "1").getStatus()).isEqualTo(400);
    }


    @Test
    void thePageAboutProblemAreasNamesTheClientsOwnOnceTheFormulationIsShared() throws Exception {
        assertThat(pages.page(client, "/me/learn/problem-areas")).doesNotContain(pages.text("portal.learn.ownAreas"));
        SharingSteps.share(pages, clinician, org.course(), SharedPart.FORMULATION);
        String page = pages.page(client, "/me/learn/problem-areas");
        assertThat(page).contains(pages.text("portal.learn.ownAreas"));
        assertThat(page.substring(page.indexOf("data-kind=\"own-areas\""))).contains("Life changes");
    }

    private String checklistLine(String coursePage) {
        Matcher line = Pattern.compile("<li class=\"(met|unmet)\">\\s*<span class=\"mark\">([^<]*)</span>\\s*<span>"
                + Pattern.quote(pages.text("checklist.formulationAccepted"))).matcher(coursePage);
        assertThat(line.find()).as("the checklist names the accepted formulation").isTrue();
        return line.group(2);
    }

}
