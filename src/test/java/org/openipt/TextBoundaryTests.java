package org.openipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Text is decided once where it enters (forms, query parameters, JSON) and once where it leaves (every page): NFC,
 * no control characters but line breaks and tabs, no bidirectional overrides. What was stored before the boundary
 * existed is still shown safely.
 */
@DatabaseTest
class TextBoundaryTests {

    /** "Zoë" with a combining diaeresis, a right-to-left override before the surname, a bell and a NUL. */
    static final String TYPED = "Zoe\u0308 \u202EMaddox\u0007\u0000";
    static final String STORED = "Zoë Maddox";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    Fixtures.Organisation org;
    MockHttpSession clinician;

    @BeforeEach
    void organisation() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
    }

    @Test
    void aNameTypedIntoTheFormIsStoredInOneFormWithoutControlCharactersOrOverrides() throws Exception {
        mvc.perform(post("/clients").session(clinician).with(csrf()).param("displayName", TYPED)
                .param("birthYear", "1990").param("email", "").param("preferredLanguage", "en")
                .param("externalRecordNumber", "TB-1\u202E"));

        assertThat(namesWithRecord("TB-1")).containsExactly(STORED);
        String found = mvc.perform(get("/caseload").session(clinician).param("search", "zoe\u0308\u0000"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(found).as("a search is normalised like the names it looks for").contains(STORED);
    }

    @Test
    void aNameSentToTheApiIsStoredTheSameWay() throws Exception {
        String json = "{\"displayName\": \"" + TYPED.replace("\u0007", "\\u0007").replace("\u0000", "\\u0000")
                + "\", \"birthYear\": 1990, \"externalRecordNumber\": \"TB-2\"}";
        mvc.perform(post("/api/v1/clients").with(httpBasic(org.email("clinician"), Fixtures.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(json));

        assertThat(namesWithRecord("TB-2")).containsExactly(STORED);
    }

    @Test
    void aNameStoredWithAnOverrideBeforeTheBoundaryIsShownTheRightWayRound() throws Exception {
        jdbc.sql("update client set display_name = ? where id = ?").param("Fixture \u202Etneilc\u0001")
                .param(org.client().value()).update();

        String page = mvc.perform(get("/caseload").session(clinician)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).contains("Fixture tneilc").doesNotContain("\u202E").doesNotContain("\u0001");
        String client = mvc.perform(get("/clients/{id}", org.client()).session(clinician)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(client).contains("Fixture tneilc").doesNotContain("\u202E").doesNotContain("\u0001");
    }

    private List<String> namesWithRecord(String record) {
        return jdbc.sql("select display_name from client where organisation_id = ? and external_record_number = ?")
                .param(org.id().value()).param(record).query(String.class).list();
    }
}
