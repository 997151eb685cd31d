package org.openipt.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * The safety pages as staff use them: the alert first on the caseload and the course page, the lifecycle forms
 * with 422 and 409, opening a risk event by hand, the safety plan's versions and print page, and the crisis
 * resources an administrator keeps.
 */
@DatabaseTest
@AutoConfigureMockMvc
class SafetyPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    RiskEventService riskEvents;
    @Autowired
    SafetyPlanService plans;
    @Autowired
    CrisisResourceService crisisResources;
    @Autowired
    MessageSource messages;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    MockHttpSession supervisor;
    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = session("clinician");
        supervisor = session("supervisor");
        admin = session("admin");
    }

    @Test
    void anOpenRiskEventStandsFirstOnTheCaseloadOfTheClinicianAndTheSupervisorAndOnTheCoursePage() throws Exception {
        assertThat(page(clinician, "/caseload")).doesNotContain("alert-panel");
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");

        String caseload = page(clinician, "/caseload");
        assertThat(caseload).contains("class=\"alert-panel\" role=\"alert\"", text("safety.alert.OPEN"),
                "/courses/" + org.course() + "/risk-events/" + id);
        assertThat(caseload.indexOf("alert-panel")).isLessThan(caseload.indexOf("<table"));
        assertThat(caseload).doesNotContain("life feels pointless");
        String supervised = page(supervisor, "/caseload");
        assertThat(supervised).contains("alert-panel", "Fixture Client", org.clinician().displayName());
        assertThat(page(session("other"), "/caseload")).doesNotContain("alert-panel");

        String course = page(clinician, "/courses/" + org.course());
        assertThat(course).contains("class=\"alert-panel\" role=\"alert\"", text("safety.alert.open"));
        assertThat(course.indexOf("alert-panel")).isLessThan(course.indexOf("status-panel"));

        riskEvents.acknowledge(org.clinician(), org.course(), id, 0);
        assertThat(page(clinician, "/caseload")).contains(text("safety.alert.ACKNOWLEDGED"));
    }

    @Test
    void theLifecycleIsTakenThroughItsFormsWith422And409() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");
        String base = "/courses/" + org.course() + "/risk-events/" + id;

        String open = page(clinician, base);
        assertThat(open).contains(text("safety.acknowledge"), "Said life feels pointless", "116 123",
                text("crisis.verify")).doesNotContain(text("safety.assess"));
        assertThat(send(clinician, base + "/acknowledge", "version", "0").getStatus()).isEqualTo(302);

        MockHttpServletResponse noLevel = send(clinician, base + "/assess", "assessment", "Passive thoughts, no plan",
                "version", "1");
        assertThat(noLevel.getStatus()).isEqualTo(422);
        assertThat(noLevel.getContentAsString()).contains(text("safety.level.required"), "Passive thoughts, no plan");

        assertThat(send(clinician, base + "/assess", "level", "LOW", "assessment", "Passive thoughts, no plan",
                "version", "1").getStatus()).isEqualTo(302);
        assertThat(send(clinician, base + "/action", "actions", "SAFETY_PLAN", "actions", "SAME_DAY_REVIEW", "note",
                "Plan written together", "version", "2").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = send(clinician, base + "/action", "actions", "REFERRAL", "note",
                "Referred to the crisis team", "version", "2");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(send(clinician, base + "/assess", "level", "HIGH", "assessment", "Kept words", "version", "2")
                .getStatus()).isEqualTo(409);

        assertThat(send(clinician, base + "/close", "note", "", "version", "3").getStatus()).isEqualTo(302);
        String closed = page(clinician, base);
        assertThat(closed).contains(text("safety.state.CLOSED"), text("safety.action.SAFETY_PLAN"),
                text("safety.action.SAME_DAY_REVIEW"), "Plan written together")
                .doesNotContain(text("safety.close"));
        assertThat(page(clinician, "/caseload")).doesNotContain("alert-panel");
    }

    @Test
    void aStaleStepKeepsTheEntryAndOffersTheCurrentVersion() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");
        riskEvents.acknowledge(org.clinician(), org.course(), id, 0);
        String base = "/courses/" + org.course() + "/risk-events/" + id;
        riskEvents.assess(org.supervisor(), org.course(), id, RiskLevel.LOW, "First look", 1);

        MockHttpServletResponse stale = send(clinician, base + "/assess", "level", "MODERATE", "assessment",
                "My own careful words", "version", "1");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(text("error.conflict"), "My own careful words",
                "name=\"version\" value=\"2\"");
    }

    @Test
    void aSupervisorAcknowledgesButSeesNoFormForWhatTheClinicianDoes() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Disclosed self-harm");
        String base = "/courses/" + org.course() + "/risk-events/" + id;
        assertThat(send(supervisor, base + "/acknowledge", "version", "0").getStatus()).isEqualTo(302);
        assertThat(send(supervisor, base + "/assess", "level", "LOW", "assessment", "Seen by supervisor", "version",
                "1").getStatus()).isEqualTo(302);
        assertThat(page(supervisor, base)).doesNotContain(text("safety.action"));
        assertThat(send(supervisor, base + "/action", "actions", "REFERRAL", "note", "Referred", "version", "2")
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aRiskDisclosedInConversationIsOpenedByHand() throws Exception {
        String list = "/courses/" + org.course() + "/risk-events";
        assertThat(page(clinician, list)).contains(text("safety.events.none"), text("safety.openByHand"));

        MockHttpServletResponse empty = send(clinician, list, "disclosure", "  ");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(text("safety.disclosure.required"));

        MockHttpServletResponse opened = send(clinician, list, "disclosure", "Told me about a plan last night");
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).startsWith(list + "/");
        assertThat(page(clinician, opened.getRedirectedUrl())).contains("Told me about a plan last night",
                text("safety.source.DISCLOSURE"));
        assertThat(page(supervisor, list)).doesNotContain(text("safety.openByHand"));
    }

    @Test
    void theSafetyPlanKeepsEveryVersionAndPrintsWithoutNavigation() throws Exception {
        String plan = "/courses/" + org.course() + "/safety-plan";
        assertThat(page(clinician, plan)).contains(text("safetyPlan.warningSigns"), text("safetyPlan.reasonsForLiving"),
                "116 123");
        assertThat(send(clinician, plan, "basedOn", "0").getStatus()).as("an empty plan").isEqualTo(422);
        assertThat(send(clinician, plan, "warningSigns", "Not sleeping", "basedOn", "0").getStatus()).isEqualTo(302);
        assertThat(send(clinician, plan, "warningSigns", "Not sleeping; staying in bed", "peopleToAsk", "My sister",
                "basedOn", "1").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = send(clinician, plan, "warningSigns", "Typed over an old version",
                "basedOn", "1");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(text("error.conflict"), "Typed over an old version");
        assertThat(plans.plan(org.clinician(), org.course(), null, Locale.ENGLISH).currentNumber()).isEqualTo(2);

        String current = page(clinician, plan);
        assertThat(current).contains("Not sleeping; staying in bed", text("safetyPlan.versions"), "version=1",
                "version=2", org.clinician().displayName());
        assertThat(page(clinician, plan + "?version=1")).contains(text("safetyPlan.earlierVersion"), "Not sleeping")
                .doesNotContain("My sister");
        assertThat(page(supervisor, plan)).contains("My sister").doesNotContain(text("safetyPlan.save"));

        String print = page(clinician, plan + "/print");
        assertThat(print).contains("class=\"print-page\"", "My sister", "116 123", text("crisis.verify"))
                .doesNotContain("<nav", text("layout.signOut"));
    }

    @Test
    void administratorsKeepTheCrisisResourcesStartingFromTheWidelyPublishedOnes() throws Exception {
        String list = page(admin, "/admin/crisis-resources");
        assertThat(list).contains("988 Suicide &amp; Crisis Lifeline", "Text HOME to 741741", "116 123", "911",
                "999", "112", text("crisis.verify.admin"));
        assertThat(mvc.perform(get("/admin/crisis-resources").session(clinician)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        MockHttpServletResponse bad = send(admin, "/admin/crisis-resources", "locale", "not a tag!", "name", "",
                "contact", "0800 000", "description", "");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains(text("crisis.locale.invalid"), text("crisis.name.required"),
                "0800 000");

        assertThat(send(admin, "/admin/crisis-resources", "locale", "en-gb", "name", "Local crisis team", "contact",
                "0800 000 111", "description", "Evenings and weekends").getStatus()).isEqualTo(302);
        CrisisResource added = crisisResources.all(org.admin()).stream()
                .filter(r -> r.name().equals("Local crisis team")).findFirst().orElseThrow();
        assertThat(added.locale()).isEqualTo("en-GB");
        String edit = "/admin/crisis-resources/" + added.id();
        assertThat(page(admin, edit)).contains("Local crisis team", text("crisis.remove"));

        assertThat(send(admin, edit, "locale", "en-GB", "name", "Local crisis team (24h)", "contact", "0800 000 111",
                "version", "0").getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = send(admin, edit, "locale", "en-GB", "name", "Someone else's name",
                "contact", "0800 000 111", "version", "0");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else", "name=\"version\" value=\"1\"");

        assertThat(send(admin, edit + "/remove", "version", "1").getStatus()).isEqualTo(302);
        assertThat(page(admin, "/admin/crisis-resources")).doesNotContain("Local crisis team");
        assertThat(crisisResources.forReader(org.clinician(), Locale.forLanguageTag("es")))
                .extracting(CrisisResource::contact).contains("112", "911").doesNotContain("116 123");
    }

    private MockHttpSession session(String who) throws Exception {
        return Pages.signIn(mvc, org.email(who));
    }

    private String page(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString();
    }

    private MockHttpServletResponse send(MockHttpSession session, String url, String... namesAndValues)
            throws Exception {
        MockHttpServletRequestBuilder request = post(url).session(session).with(csrf());
        for (int i = 0; i < namesAndValues.length; i += 2) {
            request.param(namesAndValues[i], namesAndValues[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private String text(String key) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, Locale.ENGLISH));
    }
}
