package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.caseload.ClientId;
import org.openipt.course.Attendance;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.measures.MeasureSchedule;
import org.openipt.measures.MeasureSchedules;
import org.openipt.measures.Milestone;
import org.openipt.measures.ScheduledInstrument;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.support.DatabaseTest;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.TerminationRules;
import org.openipt.termination.TerminationService;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's own pages, as the fixture's client (in the initial phase of a 12-session course, session 1 held a
 * week ago) sees them: where they are in plain words, the next session, what they fill in, help in a crisis, the
 * pages about IPT; and nothing the therapist wrote about a session.
 */
@DatabaseTest
class PortalPagesTests {

    static final String SESSION_NOTE = "Talked about her sister's visit (a therapist's note)";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    SessionService sessions;
    @Autowired
    MeasureSchedules schedules;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;

    @BeforeEach
    void signIn() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        client = pages.signIn(org.email("client"));
    }

    @Test
    void homeSaysWhereTheClientIsInPlainWordsAndWhenTheyMeetNext() throws Exception {
        LocalDate nextWeek = LocalDate.now(context.getBean(java.time.Clock.class)).plusDays(7);
        sessions.recordSession(org.clinician(), org.course(), new SessionEntry(LocalDateTime.of(nextWeek,
                LocalTime.of(16, 30)), SessionMode.VIDEO, Attendance.SCHEDULED, null, null, null));
        String home = pages.page(client, "/me");

        assertThat(home).contains("Session 1 of 12").contains(pages.text("portal.phase.INITIAL.name"))
                .contains(pages.text("portal.phase.INITIAL"))
                .contains(nextWeek + " 16:30 (Video)")
                .contains("href=\"/me/crisis\"").contains(pages.text("portal.crisis.link"));
        assertThat(home).as("nothing the therapist wrote about a session").doesNotContain("A calmer week");
    }

    @Test
    void onlyQuestionnairesTheClientFillsInAreListedNeverOnesAClinicianRates() throws Exception {
        schedules.changeCourseSchedule(org.clinician(), org.course(), new MeasureSchedule(List.of(
                ScheduledInstrument.everyN("phq-9", 2, EnumSet.noneOf(Milestone.class)),
                ScheduledInstrument.everyN("hamd-17", 2, EnumSet.noneOf(Milestone.class)))), 0);
        assertThat(schedules.courseSchedule(org.clinician(), org.course()).wanted())
                .extracting(o -> o.instrumentId()).contains("phq-9", "hamd-17");

        String home = pages.page(client, "/me");
        assertThat(home).contains(pages.text("portal.due.intro")).contains("PHQ-9")
                .doesNotContain("HAM-D").doesNotContain("Hamilton");
    }

    @Test
    void aClientWithoutACourseIsToldSo() throws Exception {
        IdentityService identity = context.getBean(IdentityService.class);
        CaseloadService caseload = context.getBean(CaseloadService.class);
        ClientId waiting = caseload.register(org.clinician(), new ClientFields("Waiting Client", null, null, "en", null));
        String email = "waiting" + org.email("x").substring(1);
        UserId account = identity.createUserIn(org.id(), new NewUser(email, "Waiting Client", Fixtures.PASSWORD,
                Role.CLIENT, false, null, "en"));
        caseload.linkAccount(org.clinician(), waiting, account);

        assertThat(pages.page(pages.signIn(email), "/me")).contains(pages.text("me.noCourse"))
                .contains(pages.text("portal.learn.WHAT_IS_IPT.title"));
    }

    @Test
    void helpNowListsTheCrisisLinesInTheClientsLanguageAndSaysNobodyWatchesAroundTheClock() throws Exception {
        String english = pages.page(client, "/me/crisis");
        assertThat(english).contains(pages.text("portal.crisis.danger")).contains(pages.text("portal.crisis.notWatched"))
                .contains("988");

        mvc.perform(post("/language").session(client).with(csrf()).param("language", "es"));
        String spanish = pages.page(client, "/me/crisis");
        assertThat(spanish).contains("Ayuda ahora").contains("Llame o envíe un texto al 988").doesNotContain("116 123");
    }

    @Test
    void theClientReadsTheirCurrentSafetyPlanAndTheirPlanForStayingWellWithoutWhoWroteThem() throws Exception {
        String none = pages.page(client, "/me/plans");
        assertThat(none).contains(pages.text("portal.safetyPlan.none")).contains(pages.text("portal.stayingWell.none"));

        SafetyPlanService safetyPlans = context.getBean(SafetyPlanService.class);
        safetyPlans.save(org.clinician(), org.course(), new SafetyPlan("Not sleeping for two nights", "A walk",
                null, null, null, null, "My nephew"), 0);
        safetyPlans.save(org.clinician(), org.course(), new SafetyPlan("Not sleeping for two nights", "A walk by the river",
                null, "My sister Ana, 600 123 456", null, null, "My nephew"), 1);
        context.getBean(TerminationService.class).recordPlan(org.clinician(), org.course(), new RelapsePlan(
                "Staying in bed past noon", "Arguments with my sister", "Calling a friend", null, null,
                "If low for two weeks, call the clinic", null), TerminationRules.UNSAVED_VERSION);

        String plans = pages.page(client, "/me/plans");
        assertThat(plans).contains("A walk by the river").contains("My sister Ana, 600 123 456")
                .doesNotContain("A walk<").contains("Staying in bed past noon")
                .contains("If low for two weeks, call the clinic").contains("988");
        assertThat(plans).as("no history, no names of who saved it").doesNotContain(org.clinician().displayName());
        assertThat(pages.page(client, "/me/crisis")).contains("/me/plans#safety-plan");
    }

    @Test
    void everyPageAboutIptReadsInPlainWordsAndLinksToTheOthers() throws Exception {
        String index = pages.page(client, "/me/learn");
        for (LearnTopic topic : LearnTopic.values()) {
            assertThat(index).contains("/me/learn/" + topic.slug());
            String page = pages.page(client, "/me/learn/" + topic.slug());
            assertThat(page).contains(pages.text("portal.learn." + topic + ".title"));
            for (String paragraph : topic.paragraphKeys()) {
                assertThat(page).contains(pages.text(paragraph));
            }
        }
        assertThat(pages.open(client, "/me/learn/unknown").getStatus()).isEqualTo(404);
    }

    @Test
    void staffDoNotReachTheClientsPages() throws Exception {
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.open(clinician, "/me").getStatus()).isEqualTo(403);
        assertThat(pages.open(clinician, "/me/crisis").getStatus()).isEqualTo(403);
    }
}
