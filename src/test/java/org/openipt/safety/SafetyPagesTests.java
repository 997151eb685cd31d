package org.openipt.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
 * The safety pages as staff use them: the alert first on the caseload and the course page, the lifecycle forms
 * with 422 and 409, opening a risk event by hand, the safety plan's versions and print page, and the crisis
 * resources an administrator keeps.
 */
@DatabaseTest
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

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession clinician;
    MockHttpSession supervisor;
    MockHttpSession admin;

    @BeforeEach
    void signIn() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        clinician = session("clinician");
        supervisor = session("supervisor");
        admin = session("admin");
    }

    @Test
    void anOpenRiskEventStandsFirstOnTheCaseloadOfTheClinicianAndTheSupervisorAndOnTheCoursePage() throws Exception {
        assertThat(pages.page(clinician, "/caseload")).doesNotContain("alert-panel");
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");

        String caseload = pages.page(clinician, "/caseload");
        assertThat(caseload).contains("class=\"alert-panel\" role=\"alert\"", pages.text("safety.alert.OPEN"),
                "/courses/" + org.course() + "/risk-events/" + id);
        assertThat(caseload.indexOf("alert-panel")).isLessThan(caseload.indexOf("<table"));
        assertThat(caseload).doesNotContain("life feels pointless");
        String supervised = pages.page(supervisor, "/caseload");
        assertThat(supervised).contains("alert-panel", "Fixture Client", org.clinician().displayName());
        assertThat(pages.page(session("other"), "/caseload")).doesNotContain("alert-panel");

        String course = pages.page(clinician, "/courses/" + org.course());
        assertThat(course).contains("class=\"alert-panel\" role=\"alert\"", pages.text("safety.alert.open"));
        assertThat(course.indexOf("alert-panel")).isLessThan(course.indexOf("status-panel"));

        riskEvents.acknowledge(org.clinician(), org.course(), id, 0);
        assertThat(pages.page(clinician, "/caseload")).contains(pages.text("safety.alert.ACKNOWLEDGED"));
    }

    @Test
    void theLifecycleIsTakenThroughItsFormsWith422And409() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");
        String base = "/courses/" + org.course() + "/risk-events/" + id;

        String open = pages.page(clinician, base);
        assertThat(open).contains(pages.text("safety.acknowledge"), "Said life feels pointless", "116 123",
                pages.text("crisis.verify")).doesNotContain(pages.text("safety.assess"));
        assertThat(pages.send(clinician, base + "/acknowledge", "version", "0").getStatus()).isEqualTo(302);

        MockHttpServletResponse noLevel = pages.send(clinician, base + "/assess", "assessment", "Passive thoughts, no plan",
                "version", "1");
        assertThat(noLevel.getStatus()).isEqualTo(422);
        assertThat(noLevel.getContentAsString()).contains(pages.text("safety.level.required"), "Passive thoughts, no plan");

        assertThat(pages.send(clinician, base + "/assess", "level", "LOW", "assessment", "Passive thoughts, no plan",
                "version", "1").getStatus()).isEqualTo(302);
        assertThat(pages.send(clinician, base + "/action", "actions", "SAFETY_PLAN", "actions", "SAME_DAY_REVIEW", "note",
                "Plan written together", "version", "2").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = pages.send(clinician, base + "/action", "actions", "REFERRAL", "note",
                "Referred to the crisis team", "version", "2");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(pages.send(clinician, base + "/assess", "level", "HIGH", "assessment", "Kept words", "version", "2")
                .getStatus()).isEqualTo(409);

        assertThat(pages.send(clinician, base + "/close", "note", "", "version", "3").getStatus()).isEqualTo(302);
        String closed = pages.page(clinician, base);
        assertThat(closed).contains(pages.text("safety.state.CLOSED"), pages.text("safety.action.SAFETY_PLAN"),
                pages.text("safety.action.SAME_DAY_REVIEW"), "Plan written together")
                .doesNotContain(pages.text("safety.close"));
        assertThat(pages.page(clinician, "/caseload")).doesNotContain("alert-panel");
    }

    @Test
    void aStaleStepKeepsTheEntryAndOffersTheCurrentVersion() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Said life feels pointless");
        riskEvents.acknowledge(org.clinician(), org.course(), id, 0);
        String base = "/courses/" + org.course() + "/risk-events/" + id;
        riskEvents.assess(org.supervisor(), org.course(), id, RiskLevel.LOW, "First look", 1);

        MockHttpServletResponse stale = pages.send(clinician, base + "/assess", "level", "MODERATE", "assessment",
                "My own careful words", "version", "1");

        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(pages.text("error.conflict"), "My own careful words",
                "name=\"version\" value=\"2\"");
    }

    @Test
    void aSupervisorAcknowledgesButSeesNoFormForWhatTheClinicianDoes() throws Exception {
        RiskEventId id = riskEvents.openByHand(org.clinician(), org.course(), "Disclosed self-harm");
        String base = "/courses/" + org.course() + "/risk-events/" + id;
        assertThat(pages.send(supervisor, base + "/acknowledge", "version", "0").getStatus()).isEqualTo(302);
        assertThat(pages.send(supervisor, base + "/assess", "level", "LOW", "assessment", "Seen by supervisor", "version",
                "1").getStatus()).isEqualTo(302);
        assertThat(pages.page(supervisor, base)).doesNotContain(pages.text("safety.action"));
        assertThat(pages.send(supervisor, base + "/action", "actions", "REFERRAL", "note", "Referred", "version", "2")
                .getStatus()).isEqualTo(404);
    }

    @Test
    void aRiskDisclosedInConversationIsOpenedByHand() throws Exception {
        String list = "/courses/" + org.course() + "/risk-events";
        assertThat(pages.page(clinician, list)).contains(pages.text("safety.events.none"), pages.text("safety.openByHand"));

        MockHttpServletResponse empty = pages.send(clinician, list, "disclosure", "  ");
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(pages.text("safety.disclosure.required"));

        MockHttpServletResponse opened = pages.send(clinician, list, "disclosure", "Told me about a plan last night");
        assertThat(opened.getStatus()).isEqualTo(302);
        assertThat(opened.getRedirectedUrl()).startsWith(list + "/");
        assertThat(pages.page(clinician, opened.getRedirectedUrl())).contains("Told me about a plan last night",
                pages.text("safety.source.DISCLOSURE"));
        assertThat(pages.page(supervisor, list)).doesNotContain(pages.text("safety.openByHand"));
    }

    @Test
    void theSafetyPlanKeepsEveryVersionAndPrintsWithoutNavigation() throws Exception {
        String plan = "/courses/" + org.course() + "/safety-plan";
        assertThat(pages.page(clinician, plan)).contains(pages.text("safetyPlan.warningSigns"), pages.text("safetyPlan.reasonsForLiving"),
                "116 123");
        assertThat(pages.send(clinician, plan, "basedOn", "0").getStatus()).as("an empty plan").isEqualTo(422);
        assertThat(pages.send(clinician, plan, "warningSigns", "Not sleeping", "basedOn", "0").getStatus()).isEqualTo(302);
        assertThat(pages.send(clinician, plan, "warningSigns", "Not sleeping; staying in bed", "peopleToAsk", "My sister",
                "basedOn", "1").getStatus()).isEqualTo(302);

        MockHttpServletResponse stale = pages.send(clinician, plan, "warningSigns", "Typed over an old version",
                "basedOn", "1");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains(pages.text("error.conflict"), "Typed over an old version");
        assertThat(plans.plan(org.clinician(), org.course(), null, Locale.ENGLISH).currentNumber()).isEqualTo(2);

        String current = pages.page(clinician, plan);
        assertThat(current).contains("Not sleeping; staying in bed", pages.text("safetyPlan.versions"), "version=1",
                "version=2", org.clinician().displayName());
        assertThat(pages.page(clinician, plan + "?version=1")).contains(pages.text("safetyPlan.earlierVersion"), "Not sleeping")
                .doesNotContain("My sister");
        assertThat(pages.page(supervisor, plan)).contains("My sister").doesNotContain(pages.text("safetyPlan.save"));

        String print = pages.page(clinician, plan + "/print");
        assertThat(print).contains("class=\"print-page\"", "My sister", "116 123", pages.text("crisis.verify"))
                .doesNotContain("<nav", pages.text("layout.signOut"));
    }

    @Test
    void administratorsKeepTheCrisisResourcesStartingFromTheWidelyPublishedOnes() throws Exception {
        String list = pages.page(admin, "/admin/crisis-resources");
        assertThat(list).contains("988 Suicide &amp; Crisis Lifeline", "Text HOME to 741741", "116 123", "911",
                "999", "112", pages.text("crisis.verify.admin"));
        assertThat(mvc.perform(get("/admin/crisis-resources").session(clinician)).andReturn().getResponse()
                .getStatus()).isEqualTo(403);

        MockHttpServletResponse bad = pages.send(admin, "/admin/crisis-resources", "locale", "not a tag!", "name", "",
                "contact", "0800 000", "description", "");
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains(pages.text("crisis.locale.invalid"), pages.text("crisis.name.required"),
                "0800 000");

        assertThat(pages.send(admin, "/admin/crisis-resources", "locale", "en-gb", "name", "Local crisis team", "contact",
                "0800 000 111", "description", "Evenings and weekends").getStatus()).isEqualTo(302);
        CrisisResource added = crisisResources.all(org.admin()).stream()
                .filter(r -> r.name().equals("Local crisis team")).findFirst().orElseThrow();
        assertThat(added.locale()).isEqualTo("en-GB");
        String edit = "/admin/crisis-resources/" + added.id();
        assertThat(pages.page(admin, edit)).contains("Local crisis team", pages.text("crisis.remove"));

        assertThat(pages.send(admin, edit, "locale", "en-GB", "name", "Local crisis team (24h)", "contact", "0800 000 111",
                "version", "0").getStatus()).isEqualTo(302);
        MockHttpServletResponse stale = pages.send(admin, edit, "locale", "en-GB", "name", "Someone else's name",
                "contact", "0800 000 111", "version", "0");
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else", "name=\"version\" value=\"1\"");

        assertThat(pages.send(admin, edit + "/remove", "version", "1").getStatus()).isEqualTo(302);
        assertThat(pages.page(admin, "/admin/crisis-resources")).doesNotContain("Local crisis team");
        assertThat(crisisResources.forReader(org.clinician(), Locale.forLanguageTag("es")))
                .extracting(CrisisResource::contact).contains("112", "911").doesNotContain("116 123");
    }

    private MockHttpSession session(String who) throws Exception {
        return pages.signIn(org.email(who));
    }
}
