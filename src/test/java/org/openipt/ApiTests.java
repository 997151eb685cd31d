package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientFields;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.jayway.jsonpath.JsonPath;

/**
 * The JSON API as a program would use it, with HTTP Basic as the fixture clinician: the caseload, a new client,
 * a course, a session, "session k of N" in the course; RFC 9457 problems for errors; the API description and the
 * health check.
 */
@DatabaseTest
class ApiTests {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseloadService caseload;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    Fixtures.Organisation org;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
    }

    @Test
    void theCaseloadIsAPageOfJsonWithIdsAsPlainStrings() throws Exception {
        mvc.perform(get("/api/v1/clients").with(clinician()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(org.client().toString()))
                .andExpect(jsonPath("$.items[0].displayName").value("Fixture Client"))
                .andExpect(jsonPath("$.items[0].status.phase").value("INITIAL"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(20))
                .andExpect(jsonPath("$.total").value(1));

        for (int i = 1; i <= 3; i++) {
            caseload.register(org.clinician(), new ClientFields("Paged Client " + i, null, null, null, null));
        }
        mvc.perform(get("/api/v1/clients").param("size", "2").param("page", "1").with(clinician()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(2)))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.total").value(4));
        mvc.perform(get("/api/v1/clients").param("search", "paged client 2").with(clinician()))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].displayName").value("Paged Client 2"));
    }

    @Test
    void aClientACourseAndASessionMakeSessionOneOfN() throws Exception {
        // a new client: 201 with its address
        MvcResult created = mvc.perform(post("/api/v1/clients").with(clinician()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"displayName": "Api Client", "birthYear": 1991, "preferredLanguage": "es",
                         "externalRecordNumber": "API-1"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/clients/" + UUID_PATTERN)))
                .andExpect(jsonPath("$.id").value(plainId()))
                .andExpect(jsonPath("$.clinicianId").value(plainId()))
                .andExpect(jsonPath("$.displayName").value("Api Client"))
                .andReturn();
        String location = created.getResponse().getHeader("Location");
        String clientId = JsonPath.read(body(created), "$.id");
        assertThat(location).endsWith("/" + clientId);
        assertThat(body(created)).contains("\"id\":\"" + clientId + "\"");

        mvc.perform(get(location).with(clinician()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.externalRecordNumber").value("API-1"));

        // a course: 201, referred, no session held yet
        LocalDate start = LocalDate.now(clock).minusDays(14);
        MvcResult course = mvc.perform(post("/api/v1/clients/{id}/courses", clientId).with(clinician())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"protocolId": "%s", "sessions": 16, "cadence": "WEEKLY", "sessionMinutes": 50,
                         "startDate": "%s"}""".formatted(org.protocol().id(), start)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/v1/courses/" + UUID_PATTERN)))
                .andExpect(jsonPath("$.course.id").value(plainId()))
                .andExpect(jsonPath("$.course.clientId").value(clientId))
                .andExpect(jsonPath("$.course.protocol.id").value(org.protocol().id().toString()))
                .andExpect(jsonPath("$.course.phase").value("REFERRED"))
                .andExpect(jsonPath("$.course.progress.sessionsHeld").value(0))
                .andExpect(jsonPath("$.course.progress.contractedSessions").value(16))
                .andReturn();
        String courseId = JsonPath.read(body(course), "$.course.id");
        assertThat(course.getResponse().getHeader("Location")).isEqualTo("/api/v1/courses/" + courseId);

        // a session: 201, numbered among attended sessions
        mvc.perform(post("/api/v1/courses/{id}/sessions", courseId).with(clinician())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"when": "%sT10:00:00", "mode": "VIDEO", "attendance": "ATTENDED",
                         "intervalHistory": "Slept better", "moodRating": 6}""".formatted(start.plusDays(1))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").value(plainId()))
                .andExpect(jsonPath("$.courseId").value(courseId))
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.moodRating").value(6));

        // the course now reads "session 1 of 16" and has begun its initial phase
        mvc.perform(get("/api/v1/courses/{id}", courseId).with(clinician()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.course.phase").value("INITIAL"))
                .andExpect(jsonPath("$.course.progress.sessionsHeld").value(1))
                .andExpect(jsonPath("$.course.progress.contractedSessions").value(16))
                .andExpect(jsonPath("$.course.contract.contractedSessions").value(16))
                .andExpect(jsonPath("$.sessions", hasSize(1)))
                .andExpect(jsonPath("$.sessions[0].id").value(plainId()))
                .andExpect(jsonPath("$.nextMove").value("BEGIN_MIDDLE"));
        mvc.perform(get("/api/v1/clients/{id}/courses", clientId).with(clinician()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(courseId));
        mvc.perform(get("/api/v1/courses/{id}/sessions", courseId).with(clinician()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].number").value(1));
    }

    @Test
    void theClientAgreesTheContractThroughTheApi() throws Exception {
        long version = JsonPath.<Integer>read(body(mvc.perform(get("/api/v1/courses/{id}", org.course())
                .with(clinician())).andReturn()), "$.course.version");
        mvc.perform(post("/api/v1/courses/{id}/agreement", org.course()).with(clinician())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"date\": \"%s\", \"version\": %d}".formatted(LocalDate.now(clock), version)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.course.contract.agreedOn").value(LocalDate.now(clock).toString()));
    }

    @Test
    void errorsAreProblemDetails() throws Exception {
        // not found
        expectProblem(mvc.perform(get("/api/v1/courses/{id}", UUID.randomUUID()).with(clinician())).andReturn(), 404,
                message("error.notFound"));
        // a field error
        MvcResult invalid = mvc.perform(post("/api/v1/clients").with(clinician())
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \" \"}")).andReturn();
        expectProblem(invalid, 400, message("error.badRequest"));
        assertThat(JsonPath.<String>read(body(invalid), "$.errors.displayName"))
                .isEqualTo(message("client.displayName.required"));
        // a broken rule
        expectProblem(mvc.perform(post("/api/v1/clients/{id}/courses", org.client()).with(clinician())
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"protocolId": "%s", "sessions": 3, "cadence": "WEEKLY", "sessionMinutes": 50,
                         "startDate": "%s"}""".formatted(org.protocol().id(), LocalDate.now(clock))))
                .andReturn(), 422, message("contract.sessions.outsideProtocol"));
        // no sign-in, a wrong password, a role that may not
        expectProblem(mvc.perform(get("/api/v1/clients")).andReturn(), 401, message("error.signInRequired"));
        expectProblem(mvc.perform(get("/api/v1/clients").with(httpBasic(org.email("clinician"), "wrong-password-123")))
                .andReturn(), 401, message("error.signInRequired"));
        expectProblem(mvc.perform(post("/api/v1/clients").with(httpBasic(org.email("supervisor"), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"displayName\": \"Not mine to add\"}"))
                .andReturn(), 403, message("error.forbidden"));
        // in the caller's language
        expectProblem(mvc.perform(get("/api/v1/clients").locale(Locale.forLanguageTag("es"))).andReturn(), 401,
                messages.getMessage("error.signInRequired", null, Locale.forLanguageTag("es")));
        // and the supervisor reads but does not see another team's client
        expectProblem(mvc.perform(get("/api/v1/clients/{id}", org.otherClinicianClient())
                .with(httpBasic(org.email("supervisor"), Fixtures.PASSWORD))).andReturn(), 404, message("error.notFound"));
    }

    @Test
    void theApiIsDescribed() throws Exception {
        MvcResult docs = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.openapi").exists())
                .andReturn();
        assertThat(body(docs)).contains("\"/api/v1/clients\"", "\"/api/v1/courses/{courseId}/sessions\"",
                "\"/api/v1/clients/{clientId}/courses\"");
    }

    @Test
    void healthAnswersWithoutSignInAndSaysNothingMore() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"status\":\"UP\", \"groups\": [\"liveness\", \"readiness\"]}",
                        JsonCompareMode.STRICT));
        for (String probe : new String[] { "liveness", "readiness" }) {
            mvc.perform(get("/actuator/health/" + probe))
                    .andExpect(status().isOk())
                    .andExpect(content().json("{\"status\":\"UP\"}", JsonCompareMode.STRICT));
        }
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private RequestPostProcessor clinician() {
        return httpBasic(org.email("clinician"), Fixtures.PASSWORD);
    }

    /** A JSON string holding a UUID: an id serialised through its record's @JsonValue, not as {"value": ...}. */
    private static org.hamcrest.Matcher<String> plainId() {
        return matchesPattern(UUID_PATTERN);
    }

    private void expectProblem(MvcResult result, int status, String detail) throws Exception {
        String body = body(result);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).as(body)
                .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(JsonPath.<Object>read(body, "$.type")).as(body).isInstanceOf(String.class);
        assertThat(JsonPath.<Object>read(body, "$.title")).as(body).isInstanceOf(String.class);
        assertThat(JsonPath.<Integer>read(body, "$.status")).as(body).isEqualTo(status);
        assertThat(JsonPath.<Object>read(body, "$.detail")).as(body).isInstanceOf(String.class);
        if (detail != null) {
            assertThat(JsonPath.<String>read(body, "$.detail")).isEqualTo(detail);
        }
        BadInputTests.assertNoMachinery(body);
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.ENGLISH);
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
