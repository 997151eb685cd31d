package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.course.Attendance;
import org.openipt.course.ContractTerms;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseRecord;
import org.openipt.course.CourseService;
import org.openipt.course.Phase;
import org.openipt.course.SessionEntry;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionService;
import org.openipt.course.SessionView;
import org.openipt.identity.IdentityService;
import org.openipt.protocol.ProtocolCatalog;
import org.openipt.shared.PageRequestParams;
import org.openipt.support.DatabaseOutage;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/**
 * What a person notices when they type something wrong: a clear message from the bundle beside what they typed,
 * a 4xx status, never a 500 or a stack trace, nothing half-saved, and nobody's work silently overwritten.
 * Everyone signs in for real (the login form, or HTTP Basic for the API).
 */
@DatabaseTest
class BadInputTests {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    SessionService sessionService;

    @Autowired
    CaseloadService caseload;

    @Autowired
    IdentityService identity;

    @Autowired
    ProtocolCatalog protocols;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    Fixtures.Organisation org;

    MockHttpSession clinician;

    LocalDate start;

    @BeforeEach
    void organisation() throws Exception {
        org = Fixtures.organisation(context);
        clinician = signIn(org.email("clinician"));
        start = coursePages.course(org.clinician(), org.course()).course().contract().startDate();
    }

    // ------------------------------------------------------------------------------------------------ clients

    @Test
    void anEmptyClientNameIsExplainedAndWhatWasTypedStays() throws Exception {
        String page = page(mvc.perform(as(clinician, post("/clients").param("displayName", "   ")
                .param("birthYear", "1990").param("email", "kept@example.org").param("preferredLanguage", "es")
                .param("externalRecordNumber", "R-7781"))), 200, 422, 400);

        assertThat(page).contains(text("client.displayName.required"), "value=\"1990\"", "value=\"kept@example.org\"",
                "value=\"R-7781\"").containsPattern("<option value=\"es\"[^>]*selected");
        assertThat(caseload.caseload(org.clinician(), "R-7781", PageRequestParams.of(0)).items()).isEmpty();
    }

    @Test
    void anEmptyClientNameInTheApiIsAFieldError() throws Exception {
        MvcResult result = mvc.perform(post("/api/v1/clients").with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"\", \"birthYear\": 1990}"))
                .andReturn();

        String body = problem(result, 400);
        assertThat(body).contains("\"displayName\":\"" + message("client.displayName.required") + "\"");
    }

    @Test
    void aBirthYearOutOfRangeNamesTheRangeAsPlainYears() throws Exception {
        int thisYear = LocalDate.now(clock.withZone(ZoneOffset.UTC)).getYear();
        String page = page(mvc.perform(as(clinician, post("/clients").param("displayName", "Ana Year")
                .param("birthYear", "3000"))), 200, 422, 400);

        assertThat(page).contains(text("client.birthYear.range", thisYear - 120, thisYear),
                "between " + (thisYear - 120) + " and " + thisYear, "value=\"Ana Year\"", "value=\"3000\"");
        assertThat(caseload.caseload(org.clinician(), "Ana Year", PageRequestParams.of(0)).items()).isEmpty();
    }

    @Test
    void lettersInANumberFieldAreExplained() throws Exception {
        String page = page(mvc.perform(as(clinician, post("/clients").param("displayName", "Ana Letters")
                .param("birthYear", "nineteen"))), 200, 422, 400);

        // a number field shows no letters (browsers would not send them); the rest of the entry stays
        assertThat(page).contains(text("typeMismatch.java.lang.Integer"), "value=\"Ana Letters\"");
    }

    // --------------------------------------------------------------------------------------------- contracts

    @Test
    void aContractOutsideTheFormatsRangeIsRefusedWithTheRange() throws Exception {
        String page = page(mvc.perform(as(clinician, post("/clients/{id}/courses", org.client())
                .param("protocolId", org.protocol().id().toString()).param("sessions", "40")
                .param("cadence", "WEEKLY").param("sessionMinutes", "50").param("startDate", start.toString()))), 422);

        assertThat(page).contains("outside the range", text("contract.sessions.outsideProtocol"))
                .containsPattern("name=\"sessions\"[^>]*value=\"40\"");
        assertThat(courses.coursesOf(org.clinician(), org.client())).hasSize(1);

        String api = problem(mvc.perform(post("/api/v1/clients/{id}/courses", org.client()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"protocolId": "%s", "sessions": 40, "cadence": "WEEKLY", "sessionMinutes": 50,
                         "startDate": "%s"}""".formatted(org.protocol().id(), start))).andReturn(), 422);
        assertThat(api).contains("outside the range");
        assertThat(courses.coursesOf(org.clinician(), org.client())).hasSize(1);
    }

    @Test
    void changingTheContractToOutsideTheRangeKeepsTheEntry() throws Exception {
        String page = page(mvc.perform(as(clinician, contract(40, 50, version()))), 422);

        assertThat(page).contains(text("contract.sessions.outsideProtocol"))
                .containsPattern("name=\"sessions\"[^>]*value=\"40\"");
        assertThat(contracted()).isEqualTo(12);
    }

    @Test
    void lettersForTheNumberOfSessionsAreExplained() throws Exception {
        String page = page(mvc.perform(as(clinician, post("/clients/{id}/courses", org.client())
                .param("protocolId", org.protocol().id().toString()).param("sessions", "twelve")
                .param("cadence", "WEEKLY").param("sessionMinutes", "50").param("startDate", "31/12/2026"))), 422);

        assertThat(page).contains(text("typeMismatch.java.lang.Integer"), text("typeMismatch.java.time.LocalDate"),
                "value=\"31/12/2026\"");
        assertThat(courses.coursesOf(org.clinician(), org.client())).hasSize(1);
    }

    // ----------------------------------------------------------------------------------- dates in wrong order

    @Test
    void aSessionBeforeTheStartOfTheCourseIsRefused() throws Exception {
        String page = page(mvc.perform(as(clinician, session(start.minusDays(3), LocalTime.of(10, 0),
                Attendance.ATTENDED, "7", "Before the start, typed with care"))), 422);

        assertThat(page).contains(text("session.beforeStart"), "Before the start, typed with care",
                "value=\"" + start.minusDays(3) + "\"");
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(1);
    }

    @Test
    void anExitBeforeTheStartIsRefusedAndTheReasonStays() throws Exception {
        String page = page(mvc.perform(as(clinician, post("/courses/{id}/exit", org.course()).param("move", "DROP_OUT")
                .param("reason", "Moved to another city").param("date", start.minusDays(1).toString())
                .param("version", String.valueOf(version())))), 422);

        assertThat(page).contains(text("exit.date.beforeStart"), "Moved to another city");
        assertThat(phase()).isEqualTo(Phase.INITIAL);
    }

    @Test
    void anAgreementDatedInTheFutureIsRefused() throws Exception {
        LocalDate future = LocalDate.now(clock).plusDays(5);
        String page = page(mvc.perform(as(clinician, post("/courses/{id}/agreement", org.course())
                .param("date", future.toString()).param("version", String.valueOf(version())))), 422);

        assertThat(page).contains(text("contract.agreedOn.future"));
        assertThat(coursePages.course(org.clinician(), org.course()).course().contract().isAgreed()).isFalse();

        String api = problem(mvc.perform(post("/api/v1/courses/{id}/agreement", org.course()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"%s\", \"version\": %d}".formatted(future, version()))).andReturn(), 422);
        assertThat(api).contains(message("contract.agreedOn.future"));
        assertThat(coursePages.course(org.clinician(), org.course()).course().contract().isAgreed()).isFalse();
    }

    // ------------------------------------------------------------------------------------------------- mood

    @Test
    void aMoodOfElevenIsRefusedOnThePageAndInTheApi() throws Exception {
        LocalDateTime earlier = LocalDateTime.now(clock).minusHours(1);
        String page = page(mvc.perform(as(clinician, session(earlier.toLocalDate(), earlier.toLocalTime(),
                Attendance.ATTENDED, "11", "A hard week at work"))), 422);

        assertThat(page).contains(text("session.mood.range"), "A hard week at work", "value=\"11\"");
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(1);

        String api = problem(mvc.perform(post("/api/v1/courses/{id}/sessions", org.course()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"when": "%s", "mode": "IN_PERSON", "attendance": "ATTENDED", "moodRating": 11}"""
                        .formatted(earlier.withNano(0)))).andReturn(), 400);
        assertThat(api).contains("\"moodRating\":\"" + message("session.mood.range") + "\"");
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(1);
    }

    // ---------------------------------------------------------------------------------------- ids in URLs

    @Test
    void aMalformedIdIsANotFoundPageThatEchoesNothing() throws Exception {
        for (String url : new String[] { "/clients/not-a-uuid", "/clients/not-a-uuid/edit",
                "/courses/12345", "/courses/" + org.course() + "/sessions/not-a-uuid" }) {
            String page = page(mvc.perform(as(clinician, get(url))), 404);
            assertThat(page).as(url).contains(text("error.notFound")).doesNotContain("not-a-uuid", "12345");
            assertThat(page).as("the error page names its language").contains("<html lang=\"en\"");
        }
        String api = problem(mvc.perform(get("/api/v1/clients/not-a-uuid").with(basic("clinician"))).andReturn(), 404);
        assertThat(JsonPath.<String>read(api, "$.detail")).isEqualTo(message("error.notFound"));
    }

    @Test
    void aForeignIdIsANotFoundPageThatEchoesNothing() throws Exception {
        Fixtures.Organisation elsewhere = Fixtures.organisation(context);
        CourseId othersCourse = courses.start(org.otherClinician(), org.otherClinicianClient(), org.protocol().id(),
                new ContractTerms(12, org.protocol().settings().cadence(), 50, start));

        for (String url : new String[] { "/clients/" + org.otherClinicianClient(), "/clients/" + elsewhere.client(),
                "/courses/" + othersCourse, "/courses/" + elsewhere.course(), "/courses/" + UUID.randomUUID(),
                "/courses/" + org.course() + "/sessions/" + elsewhere.session(),
                "/clients/" + elsewhere.client() + "/edit" }) {
            String page = page(mvc.perform(as(clinician, get(url))), 404);
            assertThat(page).as(url).contains(text("error.notFound")).doesNotContain("Other Client", "Fixture Client");
            Matcher ids = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{27}").matcher(url);
            while (ids.find()) {
                assertThat(page).as(url).doesNotContain(ids.group());
            }
        }
        // a write through a foreign id changes nothing
        page(mvc.perform(as(clinician, post("/courses/{id}/extension", othersCourse).param("newTotal", "14")
                .param("reason", "Trying someone else's course").param("version", "0"))), 404);
        assertThat(coursePages.course(org.otherClinician(), othersCourse).course().contract().contractedSessions())
                .isEqualTo(12);
        page(mvc.perform(as(clinician, session("/courses/" + elsewhere.course() + "/sessions", start,
                LocalTime.of(9, 0), Attendance.ATTENDED, "5", "Not my client"))), 404);
        assertThat(sessionService.sessions(elsewhere.clinician(), elsewhere.course())).hasSize(1);

        String api = problem(mvc.perform(get("/api/v1/courses/{id}", elsewhere.course()).with(basic("clinician")))
                .andReturn(), 404);
        assertThat(JsonPath.<String>read(api, "$.detail")).isEqualTo(message("error.notFound"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequest() throws Exception {
        assertThat(page(mvc.perform(as(clinician, get("/caseload").param("page", "zweite-seite"))), 400))
                .contains(text("error.badRequest")).doesNotContain("zweite-seite");
        page(mvc.perform(as(clinician, get("/clients/{id}/courses/new", org.client()).param("protocol", "not-a-uuid"))),
                400);
        String api = problem(mvc.perform(get("/api/v1/clients").param("size", "many").with(basic("clinician")))
                .andReturn(), 400);
        assertThat(api).doesNotContain("many");
    }

    @Test
    void anUnknownAddressOrTheWrongMethodIsNotAServerError() throws Exception {
        page(mvc.perform(as(clinician, get("/no-such-page"))), 404);
        page(mvc.perform(as(clinician, get("/clients"))), 404, 405);
        page(mvc.perform(as(clinician, post("/courses/{id}", org.course()))), 404, 405);
    }

    @Test
    void theErrorAddressAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
        assertThat(page(mvc.perform(get("/error").accept(MediaType.TEXT_HTML).locale(Locale.ENGLISH)), 404))
                .contains(text("error.notFound"));
        problem(mvc.perform(get("/error").accept(MediaType.APPLICATION_JSON)).andReturn(), 404);
    }

    @Test
    void aBrowserAskingForAMissingPageGetsThePageAndAnApiClientAProblem() throws Exception {
        MvcResult browser = mvc.perform(as(clinician, get("/no-such-page"))).andReturn();
        assertThat(browser.getResponse().getStatus()).isEqualTo(404);
        assertThat(browser.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(browser.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains(text("error.notFound"));
        problem(mvc.perform(get("/no-such-page").session(clinician).accept(MediaType.APPLICATION_JSON)).andReturn(),
                404);
        problem(mvc.perform(get("/api/v1/no-such-thing").with(basic("clinician"))).andReturn(), 404);
    }

    @Test
    void aReturnAddressWithALineBreakGoesToTheStartPage() throws Exception {
        for (String returnTo : new String[] { "/caseload\r\nSet-Cookie: stolen=1", "/caseload\n", "/\tx" }) {
            mvc.perform(post("/language").session(clinician).with(csrf()).param("language", "en")
                    .param("returnTo", returnTo)).andExpect(redirectedUrl("/"));
        }
        mvc.perform(post("/language").session(clinician).with(csrf()).param("language", "en")
                .param("returnTo", "/caseload\u0000")).andExpect(redirectedUrl("/caseload"));
    }

    @Test
    void aFractionWhereAWholeNumberIsNeededIsRefusedNamingTheField() throws Exception {
        long before = courseCount();
        String body = "{\"protocolId\": \"" + org.protocol().id() + "\", \"sessions\": 12.7, \"cadence\": \"WEEKLY\","
                + " \"sessionMinutes\": 50, \"startDate\": \"" + start + "\"}";
        String api = problem(mvc.perform(post("/api/v1/clients/{id}/courses", org.client()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), 400);
        assertThat(JsonPath.<String>read(api, "$.errors.sessions")).isEqualTo(message("typeMismatch.int"));
        assertThat(courseCount()).isEqualTo(before);
    }

    @Test
    void aDateAtTheFarEndsOfTheCalendarIsRefusedWithThePlausibleRangeAndNothingIsStored() throws Exception {
        for (String day : new String[] { "1000000-01-01", "+999999999-12-31", "9999-01-01", "1899-12-31",
                "-0001-01-01" }) {
            String page = page(mvc.perform(as(clinician, post("/courses/{id}/assessment/medications", org.course())
                    .param("name", "Sertraline").param("startedOn", day))), 200, 400, 422);
            assertThat(page).as(day).contains(text("typeMismatch.java.time.LocalDate"));

            String session = page(mvc.perform(as(clinician, post("/courses/{id}/sessions", org.course())
                    .param("date", day).param("time", "10:00").param("mode", "IN_PERSON")
                    .param("attendance", "ATTENDED").param("moodRating", "5"))), 200, 400, 422);
            assertThat(session).as(day).contains(text("typeMismatch.java.time.LocalDate"));
        }
        for (String moment : new String[] { "+999999999-12-31T23:59:59", "9999-01-01T10:00:00", "1000-01-01T10:00" }) {
            String api = problem(mvc.perform(post("/api/v1/courses/{id}/sessions", org.course()).with(basic("clinician"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"when\": \"" + moment
                            + "\", \"mode\": \"IN_PERSON\", \"attendance\": \"ATTENDED\"}")).andReturn(), 400);
            assertThat(JsonPath.<String>read(api, "$.errors.when")).as(moment)
                    .isEqualTo(message("typeMismatch.java.time.LocalDateTime"));
        }
        assertThat(held()).isEqualTo(1);
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(1);
    }

    // ---------------------------------------------------------------------------------- the database out of reach

    @Test
    void whileTheDatabaseCannotBeReachedPagesAndTheApiSayServiceUnavailableAndReadinessIsDown() throws Exception {
        MvcResult page = DatabaseOutage.during(() -> mvc.perform(as(clinician, get("/caseload"))).andReturn());
        assertThat(page.getResponse().getStatus()).isEqualTo(503);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains(text("error.unavailable.title"), text("error.unavailable"));
        assertNoMachinery(page.getResponse().getContentAsString(StandardCharsets.UTF_8));

        MvcResult saving = DatabaseOutage.during(() -> mvc.perform(as(clinician, clientEdit("Changed", "R-1", 0)))
                .andReturn());
        assertThat(saving.getResponse().getStatus()).isEqualTo(503);

        MvcResult api = DatabaseOutage.during(() -> mvc.perform(get("/api/v1/clients").with(basic("clinician")))
                .andReturn());
        problem(api, 503);
        assertThat(api.getResponse().getHeader("Retry-After")).isEqualTo("10");

        MvcResult signIn = DatabaseOutage.during(() -> mvc.perform(post("/login").with(csrf())
                .param("email", org.email("clinician")).param("password", Fixtures.PASSWORD)).andReturn());
        assertThat(signIn.getResponse().getRedirectedUrl()).as("not \"not recognised\"").isEqualTo("/login?unavailable");
        assertThat(page(mvc.perform(get("/login").param("unavailable", "").locale(Locale.ENGLISH)), 200))
                .contains(text("login.unavailable"));

        assertThat(DatabaseOutage.during(() -> mvc.perform(get("/actuator/health/readiness")).andReturn())
                .getResponse().getStatus()).isEqualTo(503);
        assertThat(mvc.perform(get("/actuator/health/readiness")).andReturn().getResponse().getStatus())
                .as("ready again as soon as the database answers").isEqualTo(200);
        assertThat(mvc.perform(as(clinician, get("/caseload"))).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    // ------------------------------------------------------------------------------------------------ safety

    @Test
    void aRiskEventStepWithoutWhatItNeedsIsExplainedAndTheWordsStay() throws Exception {
        org.openipt.safety.RiskEventId id = context.getBean(org.openipt.safety.RiskEventService.class)
                .openByHand(org.clinician(), org.course(), "Probe disclosure");
        String base = "/courses/" + org.course() + "/risk-events/";
        page(mvc.perform(as(clinician, post(base + id + "/acknowledge").param("version", "0"))), 302);

        String page = page(mvc.perform(as(clinician, post(base + id + "/assess").param("assessment", "Kept words")
                .param("version", "1"))), 422);
        assertThat(page).contains(text("safety.level.required"), "Kept words");
        page(mvc.perform(as(clinician, post(base + id + "/assess").param("level", "SEVERE")
                .param("assessment", "Kept words").param("version", "1"))), 400, 422);
        page(mvc.perform(as(clinician, post(base + id + "/close").param("version", "1"))), 422);
        page(mvc.perform(as(clinician, get(base + "not-an-id"))), 404);
    }

    @Test
    void aCrisisResourceWithoutANameOrWithABadLanguageTagIsExplained() throws Exception {
        MockHttpSession admin = signIn(org.email("admin"));
        String page = page(mvc.perform(as(admin, post("/admin/crisis-resources").param("locale", "??")
                .param("name", " ").param("contact", "0800 123"))), 422);
        assertThat(page).contains(text("crisis.locale.invalid"), text("crisis.name.required"), "0800 123");
    }

    // ------------------------------------------------------------------------------------- stale versions

    @Test
    void twoPeopleSavingTheContractSeeAConflictAndTheSecondEntryStays() throws Exception {
        MockHttpSession second = signIn(org.email("clinician"));
        long loaded = version();

        page(mvc.perform(as(clinician, contract(14, 50, loaded))), 302);
        String page = page(mvc.perform(as(second, contract(16, 45, loaded))), 409);

        assertThat(page).contains(text("error.conflict"))
                .containsPattern("name=\"sessions\"[^>]*value=\"16\"")
                .containsPattern("name=\"sessionMinutes\"[^>]*value=\"45\"");
        assertThat(contracted()).as("the first person's change is the one stored").isEqualTo(14);

        // having compared, the second person saves their kept entry again on purpose
        page(mvc.perform(as(second, contract(16, 45, formVersion(page)))), 302);
        assertThat(contracted()).isEqualTo(16);
    }

    @Test
    void twoPeopleSavingTheSameSessionSeeAConflictAndTheSecondEntryStays() throws Exception {
        MockHttpSession second = signIn(org.email("clinician"));
        SessionView session = sessionService.session(org.clinician(), org.course(), org.session());
        LocalDate day = session.when().toLocalDate();
        LocalTime time = session.when().toLocalTime();

        String url = "/courses/" + org.course() + "/sessions/" + org.session();
        page(mvc.perform(as(clinician, session(url, day, time, Attendance.ATTENDED, "6", "First version of the week")
                .param("version", String.valueOf(session.version())))), 302);
        String page = page(mvc.perform(as(second, session(url, day, time, Attendance.ATTENDED, "4",
                "Second person typed this carefully").param("version", String.valueOf(session.version())))), 409);

        assertThat(page).contains(text("error.conflict"), "Second person typed this carefully", "value=\"4\"");
        SessionView stored = sessionService.session(org.clinician(), org.course(), org.session());
        assertThat(stored.intervalHistory()).isEqualTo("First version of the week");
        assertThat(stored.moodRating()).isEqualTo(6);

        page(mvc.perform(as(second, session(url, day, time, Attendance.ATTENDED, "4",
                "Second person typed this carefully").param("version", String.valueOf(formVersion(page))))), 302);
        assertThat(sessionService.session(org.clinician(), org.course(), org.session()).intervalHistory())
                .isEqualTo("Second person typed this carefully");
    }

    @Test
    void twoPeopleSavingTheSameClientSeeAConflictAndTheSecondEntryStays() throws Exception {
        MockHttpSession second = signIn(org.email("clinician"));
        long loaded = caseload.client(org.clinician(), org.client()).version();

        page(mvc.perform(as(clinician, clientEdit("Fixture Client Renamed", "R-1", loaded))), 302);
        String page = page(mvc.perform(as(second, clientEdit("Fixture Client Second", "R-2", loaded))), 409);

        assertThat(page).contains(text("error.conflict"), "value=\"Fixture Client Second\"", "value=\"R-2\"");
        assertThat(caseload.client(org.clinician(), org.client()).displayName()).isEqualTo("Fixture Client Renamed");

        page(mvc.perform(as(second, clientEdit("Fixture Client Second", "R-2", formVersion(page)))), 302);
        assertThat(caseload.client(org.clinician(), org.client()).displayName()).isEqualTo("Fixture Client Second");
    }

    @Test
    void aStaleVersionInTheApiIsAConflictProblem() throws Exception {
        SessionView session = sessionService.session(org.clinician(), org.course(), org.session());
        String body = """
                {"when": "%s", "mode": "PHONE", "attendance": "ATTENDED", "moodRating": 5, "version": %d}"""
                .formatted(session.when().toLocalDateTime(), session.version());
        mvc.perform(put("/api/v1/courses/{c}/sessions/{s}", org.course(), org.session()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn();

        String api = problem(mvc.perform(put("/api/v1/courses/{c}/sessions/{s}", org.course(), org.session())
                .with(basic("clinician")).contentType(MediaType.APPLICATION_JSON).content(body)).andReturn(), 409);
        assertThat(api).contains(message("error.conflict"));
    }

    @Test
    void changingASessionThroughTheApiNeedsTheVersionItWasReadWith() throws Exception {
        SessionView session = sessionService.session(org.clinician(), org.course(), org.session());
        String api = problem(mvc.perform(put("/api/v1/courses/{c}/sessions/{s}", org.course(), org.session())
                .with(basic("clinician")).contentType(MediaType.APPLICATION_JSON).content("""
                        {"when": "%s", "mode": "PHONE", "attendance": "ATTENDED"}"""
                        .formatted(session.when().toLocalDateTime()))).andReturn(), 400);
        assertThat(JsonPath.<String>read(api, "$.errors.version")).isEqualTo(message("version.required"));
        assertThat(sessionService.session(org.clinician(), org.course(), org.session()).mode()).isEqualTo(SessionMode.IN_PERSON);
    }

    @Test
    void twoAdministratorsSavingTheSameAccountOrFormatSeeAConflictAndTheSecondEntryStays() throws Exception {
        MockHttpSession first = signIn(org.email("admin"));
        MockHttpSession second = signIn(org.email("admin"));
        String account = "/admin/users/" + org.clinician().id();
        long loaded = identity.user(org.admin(), org.clinician().id()).version();

        page(mvc.perform(as(first, account(account, "Dr First Name", loaded))), 302);
        String page = page(mvc.perform(as(second, account(account, "Dr Second Name", loaded))), 409);
        assertThat(page).contains(text("error.conflict"), "value=\"Dr Second Name\"");
        assertThat(identity.user(org.admin(), org.clinician().id()).displayName()).isEqualTo("Dr First Name");
        page(mvc.perform(as(second, account(account, "Dr Second Name", formVersion(page)))), 302);
        assertThat(identity.user(org.admin(), org.clinician().id()).displayName()).isEqualTo("Dr Second Name");

        String format = "/admin/protocols/" + org.protocol().id();
        long formatVersion = org.protocol().version();
        page(mvc.perform(as(first, format(format, "Individual IPT, first", formatVersion))), 302);
        page = page(mvc.perform(as(second, format(format, "Individual IPT, second", formatVersion))), 409);
        assertThat(page).contains(text("error.conflict"), "value=\"Individual IPT, second\"");
        assertThat(protocols.protocol(org.id(), org.protocol().id()).customName()).isEqualTo("Individual IPT, first");
        page(mvc.perform(as(second, format(format, "Individual IPT, second", formVersion(page)))), 302);
        assertThat(protocols.protocol(org.id(), org.protocol().id()).customName()).isEqualTo("Individual IPT, second");
    }

    @Test
    void aWeakPasswordIsExplainedWithEveryReason() throws Exception {
        MockHttpSession admin = signIn(org.email("admin"));
        String page = page(mvc.perform(as(admin, post("/admin/users").param("email", "new.person@fixture.test")
                .param("displayName", "New Person").param("password", "aaaa").param("role", "CLINICIAN")
                .param("supervisorId", ""))), 200, 422);

        assertThat(page).contains(text("password.tooShort"), text("password.tooRepetitive"),
                "value=\"new.person@fixture.test\"", "value=\"New Person\"");
        assertThat(identity.findByEmail(org.id(), "new.person@fixture.test")).isEmpty();
    }

    // ---------------------------------------------------------------------------------------- extensions

    @Test
    void anExtensionNotLargerThanTheContractIsRefusedAndTheReasonStays() throws Exception {
        for (String total : new String[] { "12", "10" }) {
            String page = page(mvc.perform(as(clinician, post("/courses/{id}/extension", org.course())
                    .param("newTotal", total).param("reason", "Needs more time for the dispute")
                    .param("version", String.valueOf(version())))), 422);
            assertThat(page).contains(text("extension.total.notLarger"), "Needs more time for the dispute",
                    "value=\"" + total + "\"");
        }
        assertThat(contracted()).isEqualTo(12);
    }

    @Test
    void aThirteenthAttendedSessionOnATwelveSessionContractNeedsAnExtension() throws Exception {
        LocalDateTime first = LocalDateTime.of(start, LocalTime.NOON);
        for (int i = 1; i <= 11; i++) {
            sessionService.recordSession(org.clinician(), org.course(), new SessionEntry(first.plusMinutes(30L * i),
                    SessionMode.IN_PERSON, Attendance.ATTENDED, null, 5, null));
        }
        assertThat(held()).isEqualTo(12);

        LocalDateTime earlier = LocalDateTime.now(clock).minusHours(1);
        String page = page(mvc.perform(as(clinician, session(earlier.toLocalDate(), earlier.toLocalTime(),
                Attendance.ATTENDED, "6", "The thirteenth meeting"))), 422);
        assertThat(page).contains(text("session.beyondContract", 12), "The thirteenth meeting");
        assertThat(held()).isEqualTo(12);

        String api = problem(mvc.perform(post("/api/v1/courses/{id}/sessions", org.course()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"when": "%s", "mode": "IN_PERSON", "attendance": "ATTENDED"}"""
                        .formatted(earlier.withNano(0)))).andReturn(), 422);
        assertThat(api).contains(message("session.beyondContract", 12));
        assertThat(held()).isEqualTo(12);

        // the advice works: after an extension the session is accepted
        page(mvc.perform(as(clinician, post("/courses/{id}/extension", org.course()).param("newTotal", "14")
                .param("reason", "Role dispute needs two more sessions").param("version", String.valueOf(version())))),
                302);
        page(mvc.perform(as(clinician, session(earlier.toLocalDate(), earlier.toLocalTime(), Attendance.ATTENDED, "6",
                "The thirteenth meeting"))), 302);
        assertThat(held()).isEqualTo(13);
    }

    // ------------------------------------------------------------------------------------ garbage in the API

    @Test
    void garbageInTheApiIsABadRequestProblem() throws Exception {
        for (String body : new String[] { "{not json", "[]", "{\"displayName\": {\"x\": 1}}",
                "{\"displayName\": \"A\", \"birthYear\": \"old\"}" }) {
            problem(mvc.perform(post("/api/v1/clients").with(basic("clinician")).contentType(MediaType.APPLICATION_JSON)
                    .content(body)).andReturn(), 400);
        }
        problem(mvc.perform(post("/api/v1/courses/{id}/sessions", org.course()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"when\": \"yesterday\", \"mode\": \"TELEPATHY\", \"attendance\": \"ATTENDED\"}"))
                .andReturn(), 400);
        problem(mvc.perform(post("/api/v1/courses/{id}/moves", org.course()).with(basic("clinician"))
                .contentType(MediaType.APPLICATION_JSON).content("{\"move\": \"SIDEWAYS\", \"version\": 0}"))
                .andReturn(), 400);
        assertThat(sessionService.sessions(org.clinician(), org.course())).hasSize(1);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private MockHttpSession signIn(String email) throws Exception {
        return Pages.signIn(mvc, email);
    }

    private static MockHttpServletRequestBuilder as(MockHttpSession session, MockHttpServletRequestBuilder request) {
        return request.session(session).with(csrf()).locale(Locale.ENGLISH).accept(MediaType.TEXT_HTML);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor basic(String who) {
        return httpBasic(org.email(who), Fixtures.PASSWORD);
    }

    private MockHttpServletRequestBuilder contract(int sessions, int minutes, long version) {
        return post("/courses/{id}/contract", org.course()).param("protocolId", org.protocol().id().toString())
                .param("sessions", String.valueOf(sessions)).param("cadence", "WEEKLY")
                .param("sessionMinutes", String.valueOf(minutes)).param("startDate", start.toString())
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder session(LocalDate date, LocalTime time, Attendance attendance, String mood,
            String intervalHistory) {
        return session("/courses/" + org.course() + "/sessions", date, time, attendance, mood, intervalHistory);
    }

    private static MockHttpServletRequestBuilder session(String url, LocalDate date, LocalTime time,
            Attendance attendance, String mood, String intervalHistory) {
        return post(url).param("date", date.toString())
                .param("time", time.format(TIME)).param("mode", "IN_PERSON").param("attendance", attendance.name())
                .param("moodRating", mood).param("intervalHistory", intervalHistory).param("notes", "");
    }

    private MockHttpServletRequestBuilder clientEdit(String name, String record, long version) {
        return post("/clients/{id}/edit", org.client()).param("displayName", name).param("birthYear", "1980")
                .param("email", "").param("preferredLanguage", "en").param("externalRecordNumber", record)
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder account(String url, String name, long version) {
        return post(url).param("email", org.email("clinician")).param("displayName", name).param("role", "CLINICIAN")
                .param("supervisorId", org.supervisor().id().toString()).param("enabled", "true")
                .param("version", String.valueOf(version));
    }

    private MockHttpServletRequestBuilder format(String url, String name, long version) {
        return post(url).param("name", name).param("delivery", "INDIVIDUAL").param("defaultSessions", "16")
                .param("minSessions", "8").param("maxSessions", "20").param("cadence", "WEEKLY")
                .param("sessionMinutes", "50").param("preGroupSessions", "0").param("initialPhaseSessions", "3")
                .param("terminationPhaseSessions", "3").param("active", "true").param("version", String.valueOf(version));
    }

    private long courseCount() {
        return courses.coursesOf(org.clinician(), org.client()).size();
    }

    private long version() {
        return coursePages.course(org.clinician(), org.course()).course().version();
    }

    private int contracted() {
        return coursePages.course(org.clinician(), org.course()).course().contract().contractedSessions();
    }

    private int held() {
        return coursePages.course(org.clinician(), org.course()).course().progress().sessionsHeld();
    }

    private Phase phase() {
        CourseRecord record = coursePages.course(org.clinician(), org.course());
        return record.course().phase();
    }

    /** The version the re-rendered form now carries (the hidden field bound to the form's version). */
    private static long formVersion(String page) {
        Matcher matcher = Pattern.compile("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"(\\d+)\"")
                .matcher(page);
        assertThat(matcher.find()).as("the form carries its version").isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ENGLISH);
    }

    /** The message as Thymeleaf writes it into a page. */
    private String text(String key, Object... arguments) {
        return message(key, arguments).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** The body of an HTML answer with one of the expected statuses, which never shows the machinery. */
    private static String page(org.springframework.test.web.servlet.ResultActions actions, int... statuses)
            throws Exception {
        MvcResult result = actions.andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isIn(boxed(statuses));
        assertNoMachinery(body);
        return body;
    }

    /** An API error: RFC 9457 problem details with type, title, status and detail. */
    private static String problem(MvcResult result, int... statuses) throws Exception {
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isIn(boxed(statuses));
        assertThat(result.getResponse().getContentType()).as(body).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(body).contains("\"type\":", "\"title\":", "\"status\":" + result.getResponse().getStatus(),
                "\"detail\":");
        assertNoMachinery(body);
        return body;
    }

    /**
     * No exception, stack trace or SQL shows. The page's CSRF tokens are left out first: they are random letters and
     * may spell "SQL" by chance.
     */
    static void assertNoMachinery(String page) {
        String body = page.replaceAll("(name=\"_csrf\" (content|value)=\")[^\"]*\"", "$1\"");
        assertThat(body).doesNotContain("Exception", "at org.", "at java.", "SQL", "insert into", "delete from",
                "Whitelabel", "stack trace", "trace\":")
                .doesNotContainPattern("(?i)select\\s+[\\w*.,\\s]+\\s+from\\s+\\w");
    }

    private static Integer[] boxed(int[] values) {
        return java.util.Arrays.stream(values).boxed().toArray(Integer[]::new);
    }
}
