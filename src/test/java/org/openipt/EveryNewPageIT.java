package org.openipt;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openipt.caseload.CareTeamService;
import org.openipt.caseload.EmergencyAccessService;
import org.openipt.caseload.MembershipKind;
import org.openipt.formulation.DisputeDetail;
import org.openipt.formulation.DisputeStage;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FormulationService;
import org.openipt.formulation.StageChange;
import org.openipt.identity.CurrentUser;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodPointEntry;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.TimelineService;
import org.openipt.measures.Administration;
import org.openipt.measures.MeasuresService;
import org.openipt.safety.RiskEventService;
import org.openipt.safety.SafetyPlan;
import org.openipt.safety.SafetyPlanService;
import org.openipt.support.Browser;
import org.openipt.support.Fixtures;
import org.openipt.support.TestDatabase;
import org.openipt.worksheet.RolePlay;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetLinks;
import org.openipt.worksheet.WorksheetService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

/**
 * Every page the clinical record, measurement, safety, group and supervision work added, opened in the browser by
 * the person who uses it (the clinician; the supervisor for supervision; the administrator for formats' schedules,
 * e-mail notifications and crisis resources): each answers, has its heading, shows what it is for, and passes axe at
 * desktop and phone width in English, and again at phone width in Spanish. The journeys (ClinicianJourneyIT, WholeCourseIT, MeasurementAndSafetyIT) cover the work on these
 * pages; this tour makes sure none is left out of the accessibility check in either language.
 */
@Tag("database")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
class EveryNewPageIT {

    @RegisterExtension
    static final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Clock clock;

    @Test
    void everyNewPageIsAccessibleAtBothWidthsInEnglishAndSpanish() {
        Fixtures.Organisation organisation = Fixtures.organisation(context);
        CurrentUser clinician = organisation.clinician();
        String course = "/courses/" + organisation.course();
        LocalDate today = LocalDate.now(clock);
        TimelineService timelines = context.getBean(TimelineService.class);
        var event = timelines.addEvent(clinician, organisation.course(), new LifeEventEntry(
                ApproximateDate.month(today.getYear() - 1, 3), LifeEventType.LOSS, "Lost a close friend (fictional)",
                List.of(), true, null));
        var episode = timelines.addEpisode(clinician, organisation.course(), new MoodEpisodeEntry(
                ApproximateDate.month(today.getYear() - 1, 4), null, MoodSeverity.MODERATE, true));
        var point = timelines.addPoint(clinician, organisation.course(), new MoodPointEntry(ApproximateDate.day(
                today.minusWeeks(2)), 4));
        var worksheet = context.getBean(WorksheetService.class).create(clinician, organisation.course(),
                UUID.randomUUID(), new WorksheetDraft("Asking for help at work (fictional)",
                        new WorksheetLinks(null, null, null), new RolePlay("Asking for help", "herself",
                                "her manager", "Could we look at my workload together?", null, 3, 6)));
        context.getBean(SafetyPlanService.class).save(clinician, organisation.course(), new SafetyPlan(
                "Not sleeping (fictional)", "A walk", "The library", "My sister", "The crisis lines below",
                "Tablets kept by my sister", "My children"), 0);

        var riskEvent = context.getBean(RiskEventService.class).openByHand(clinician, organisation.course(),
                "Said she sometimes wishes she would not wake up (fictional)");
        Map<String, String> answers = new LinkedHashMap<>();
        for (int item = 1; item <= 9; item++) {
            answers.put("phq9-" + item, "LA6569-3");
        }
        var response = context.getBean(MeasuresService.class).administer(clinician, organisation.course(),
                UUID.randomUUID(), new Administration("phq-9", answers, organisation.session()));

        // the care team (a co-clinician to end), a role dispute with its stage form, an emergency access to list
        CurrentUser colleague = Fixtures.colleague(context, organisation, "colleague");
        var membership = context.getBean(CareTeamService.class).addMember(clinician, organisation.client(),
                colleague.id(), MembershipKind.CO_CLINICIAN, "Covers the Friday sessions (fictional)", today);
        var dispute = context.getBean(FormulationService.class).addFocalArea(clinician, organisation.course(),
                new FocalAreaEntry(new DisputeDetail("Her sister (fictional)", "Care of their mother", null, null,
                        List.of(new StageChange(DisputeStage.IMPASSE, today)))));
        var emergency = context.getBean(EmergencyAccessService.class).open(Fixtures.colleague(context, organisation,
                "outsider"), organisation.otherClinicianClient(), "Crisis call; her clinician away (fictional)");

        // every page of the clinical record added for issues 3 and 4, as the clinician sees it
        Map<String, @Nullable String> clinicianPages = new LinkedHashMap<>();
        clinicianPages.put("/caseload", null);
        clinicianPages.put(course, "Phases began");
        clinicianPages.put(course + "/sessions/new", null);
        clinicianPages.put(course + "/sessions/" + organisation.session(), null);
        clinicianPages.put(course + "/timeline", "Lost a close friend (fictional)");
        clinicianPages.put(course + "/timeline/events/new", null);
        clinicianPages.put(course + "/timeline/events/" + event, null);
        clinicianPages.put(course + "/timeline/events/" + event + "/remove", "Lost a close friend (fictional)");
        clinicianPages.put(course + "/timeline/episodes/new", null);
        clinicianPages.put(course + "/timeline/episodes/" + episode, null);
        clinicianPages.put(course + "/timeline/episodes/" + episode + "/remove", null);
        clinicianPages.put(course + "/timeline/points/new", null);
        clinicianPages.put(course + "/timeline/points/" + point, null);
        clinicianPages.put(course + "/timeline/points/" + point + "/remove", null);
        clinicianPages.put(course + "/worksheets", "Asking for help at work (fictional)");
        clinicianPages.put(course + "/worksheets/new", null);
        for (String type : new String[] { "COMMUNICATION_ANALYSIS", "DECISION_ANALYSIS", "ROLE_PLAY", "WORK_AT_HOME" }) {
            clinicianPages.put(course + "/worksheets/new?type=" + type, null);
        }
        clinicianPages.put(course + "/worksheets/" + worksheet, null);
        clinicianPages.put(course + "/worksheets/" + worksheet + "/delete", "Asking for help at work (fictional)");
        clinicianPages.put(course + "/measures", "Mild");
        clinicianPages.put(course + "/measures/new?instrument=phq-9", null);
        clinicianPages.put(course + "/measures/new?instrument=phq-9&mode=read-aloud", null);
        clinicianPages.put(course + "/measures/new?instrument=hamd-17", null);
        clinicianPages.put(course + "/measures/new?instrument=epds", null);
        clinicianPages.put(course + "/measures/" + response, "Total 9 of 27");
        clinicianPages.put(course + "/measures/schedule", "PHQ-9");
        clinicianPages.put(course + "/risk-events", null);
        clinicianPages.put(course + "/risk-events/" + riskEvent, "would not wake up (fictional)");
        clinicianPages.put(course + "/safety-plan", "A walk");
        clinicianPages.put(course + "/safety-plan/print", "A walk");
        clinicianPages.put(course + "/discharge-summary", null);
        String careTeam = "/clients/" + organisation.client() + "/care-team";
        clinicianPages.put(careTeam, "Covers the Friday sessions (fictional)");
        clinicianPages.put(careTeam + "/members/" + membership + "/end", colleague.displayName());
        clinicianPages.put("/emergency-access?search=Other", "Other Client");
        clinicianPages.put("/emergency-access/new?client=" + organisation.otherClinicianClient(), "Other Client");
        clinicianPages.put(course + "/formulation/areas/" + dispute, "Change the stage");

        // a group the clinician facilitates (issue 11): its pages, with two members and one session recorded
        var groups = context.getBean(org.openipt.groups.GroupService.class);
        var format = context.getBean(org.openipt.protocol.ProtocolCatalog.class).protocolByCode(organisation.id(),
                "GROUP_IPT_WHO");
        var group = groups.create(clinician, new org.openipt.groups.GroupSettings("Tuesday women (fictional)",
                format.id(), clinician.id(), null, organisation.supervisor().id(), org.openipt.groups.MeetingMode.SITE,
                "Village hall (fictional)", today.getDayOfWeek(), java.time.LocalTime.of(10, 0), today.minusWeeks(1), 2,
                10, org.openipt.groups.Sex.FEMALE, null, null, "phq-9"));
        var grace = groups.addMember(clinician, group, new org.openipt.groups.NewMember(null, "Grace (fictional)",
                1990, org.openipt.groups.Sex.FEMALE));
        var joy = groups.addMember(clinician, group, new org.openipt.groups.NewMember(null, "Joy (fictional)", 1985,
                org.openipt.groups.Sex.FEMALE));
        var held = context.getBean(org.openipt.groups.GroupSessionService.class).record(clinician, group,
                new org.openipt.groups.GroupSessionEntry(UUID.randomUUID(), 1, today.minusWeeks(1).atTime(10, 0),
                        org.openipt.course.SessionMode.IN_PERSON, true, null, List.of(
                                new org.openipt.groups.MemberCheckIn(grace, true, answers, "A row with her sister",
                                        null, "Talk to her calmly", null),
                                new org.openipt.groups.MemberCheckIn(joy, false, Map.of(), null, null, null, null))));
        clinicianPages.put("/groups", "Tuesday women (fictional)");
        clinicianPages.put("/groups/new", null);
        clinicianPages.put("/groups/" + group, "Grace (fictional)");
        clinicianPages.put("/groups/" + group + "/edit", null);
        clinicianPages.put("/groups/" + group + "/members/new", null);
        clinicianPages.put("/groups/" + group + "/members/" + joy + "/leave", "Joy (fictional)");
        clinicianPages.put("/groups/" + group + "/members/" + joy + "/pre-group", "Joy (fictional)");
        clinicianPages.put("/groups/" + group + "/sessions/new", "Talk to her calmly");
        clinicianPages.put("/groups/" + group + "/sessions/" + held, "A row with her sister");
        clinicianPages.put("/groups/" + group + "/members/" + joy + "/make-ups/" + held, "Joy (fictional)");
        var screeningDay = context.getBean(org.openipt.groups.ScreeningService.class).startDay(clinician, format.id(),
                "Village hall (fictional)", today, "phq-9", 10);
        context.getBean(org.openipt.groups.ScreeningService.class).screen(clinician, screeningDay,
                new org.openipt.groups.ScreeningEntry(UUID.randomUUID(), "Ruth (fictional)", null,
                        org.openipt.groups.Sex.FEMALE, 33, answers));
        clinicianPages.put("/screening", "Village hall (fictional)");
        clinicianPages.put("/screening/" + screeningDay, "Ruth (fictional)");
        // fidelity (issue 11): the counsellor's own rating of a session and their trend
        clinicianPages.put(course + "/sessions/" + organisation.session() + "/fidelity", null);
        clinicianPages.put("/fidelity", null);
        var review = context.getBean(org.openipt.supervision.ReviewService.class).submitGroupSession(clinician, group,
                held);
        clinicianPages.put("/reviews", "Tuesday women (fictional)");

        Page page = browser.page();
        Browser.signIn(page, url(""), organisation.email("clinician"));
        visitInEnglishAndSpanish(page, clinicianPages);

        // the supervisor's pages (issue 11): the dashboard, a session's rating, a counsellor's trend with its chart
        context.getBean(org.openipt.supervision.FidelityService.class).rate(organisation.supervisor(),
                organisation.course(), organisation.session(), Map.of(
                        org.openipt.supervision.FidelityItem.WARMTH_AND_EMPATHY, org.openipt.supervision.FidelityAnswer.YES,
                        org.openipt.supervision.FidelityItem.STAYED_INTERPERSONAL, org.openipt.supervision.FidelityAnswer.YES,
                        org.openipt.supervision.FidelityItem.TECHNIQUES_WELL_USED, org.openipt.supervision.FidelityAnswer.NO));
        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("supervisor"));
        Map<String, @Nullable String> supervisorPages = new LinkedHashMap<>();
        supervisorPages.put("/supervision", "Grace (fictional)");
        supervisorPages.put("/supervision?flag=RISK&sort=CHANGE", null);
        supervisorPages.put(course + "/sessions/" + organisation.session() + "/fidelity", null);
        supervisorPages.put("/fidelity?counsellor=" + clinician.id(), "%");
        supervisorPages.put("/reviews", "Tuesday women (fictional)");
        supervisorPages.put("/supervision/sessions", "Grace (fictional)");
        supervisorPages.put("/reviews/" + review, "Tuesday women (fictional)");
        visitInEnglishAndSpanish(page, supervisorPages);

        page.context().clearCookies();
        Browser.signIn(page, url(""), organisation.email("admin"));
        Map<String, @Nullable String> adminPages = new LinkedHashMap<>();
        adminPages.put("/admin/protocols/" + organisation.protocol().id() + "/measures", "PHQ-9");
        adminPages.put("/admin/notifications", "Risk event opened");
        adminPages.put("/admin/crisis-resources", "988");
        adminPages.put("/admin/crisis-resources/new", null);
        adminPages.put("/admin/clients/" + organisation.client() + "/care-team", "Hand the client over");
        adminPages.put("/admin/emergency-access", "Crisis call; her clinician away (fictional)");
        adminPages.put("/admin/emergency-access/" + emergency.id(), "Record opened in an emergency");
        adminPages.put("/admin/consents", null);
        adminPages.put("/admin/consents/new?kind=PRIVACY_NOTICE&language=es", null);
        adminPages.put("/admin/clients", "Download CSV");
        adminPages.put("/admin/clients/" + organisation.client() + "/audit?outcome=DENIED", null);
        // issue 12: the audit chain's check, retention and legal holds, a person's second factor and its reset
        adminPages.put("/admin/audit/integrity", "Check now");
        adminPages.put("/admin/retention", "Years after the last course ended");
        adminPages.put("/admin/clients/" + organisation.client() + "/retention", "Set a legal hold");
        adminPages.put("/admin/users/" + organisation.clinician().id(), "Second factor");
        adminPages.put("/account/second-factor", "You sign in with your password only.");
        visitInEnglishAndSpanish(page, adminPages);
        page.navigate(url("/admin/crisis-resources"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Samaritans (UK and Ireland)")).click();
        assertThat(page.getByLabel("Nombre", new Page.GetByLabelOptions().setExact(true)))
                .hasValue("Samaritans (UK and Ireland)");
        browser.checkAccessibilityAtBothWidths(page);
    }

    /**
     * Visits every page in English (checking what it must show), then switches to Spanish with the picker in the
     * header and visits them again; axe runs on each, at desktop and phone width, in both languages.
     */
    private void visitInEnglishAndSpanish(Page page, Map<String, @Nullable String> pages) {
        pages.forEach((path, shows) -> visit(page, path, shows));
        page.getByLabel("Language", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Español"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change").setExact(true)).click();
        pages.keySet().forEach(path -> {
            Response response = page.navigate(url(path));
            assertThat(response.status()).as(path).isIn(200, 409);
            assertThat(page.locator("html")).hasAttribute("lang", "es");
            // the layout at both widths is checked in English; in Spanish axe looks at the phone width, where
            // longer words wrap (the suite's time goes on what can differ between the languages)
            page.setViewportSize(Browser.PHONE.width, Browser.PHONE.height);
            browser.checkAccessibility(page);
            page.setViewportSize(Browser.DESKTOP.width, Browser.DESKTOP.height);
        });
    }

    /**
     * Opens a page, checks it answers (the discharge summary of a course without its termination review answers
     * 409, with a page that says why), has a heading and shows {@code shows} when given, then runs axe.
     */
    private void visit(Page page, String path, @Nullable String shows) {
        Response response = page.navigate(url(path));
        assertThat(response.status()).as(path).isIn(200, 409);
        assertThat(page.locator("h1")).isVisible();
        if (shows != null) {
            assertThat(page.locator("main")).containsText(shows);
        }
        browser.checkAccessibilityAtBothWidths(page);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
