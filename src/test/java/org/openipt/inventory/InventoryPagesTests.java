package org.openipt.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The inventory's pages as a clinician uses them: refusals keep the input, a stale save is a conflict. */
@DatabaseTest
class InventoryPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    InventoryService inventory;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    String base;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
        base = "/courses/" + org.course() + "/inventory";
    }

    @Test
    void aPersonIsAddedAndDrawnOnTheCircleWithTheTableBesideIt() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post(base + "/relationships").with(csrf()).session(clinician)
                .param("alias", " ").param("role", "PARTNER").param("ring", "INNER").param("contact", "Every day"))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("Enter who the person is").contains("Every day");

        MockHttpServletResponse added = mvc.perform(post(base + "/relationships").with(csrf()).session(clinician)
                .param("alias", "Robin").param("role", "PARTNER").param("ring", "INNER")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo(base);

        String page = mvc.perform(get(base).session(clinician)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("role=\"img\"").contains("<title>Closeness circle</title>")
                .contains("Robin").contains("People in the inventory").contains("Ring 1 (closest)")
                .contains("New ring for Robin");
        String course = mvc.perform(get("/courses/" + org.course()).session(clinician)).andReturn().getResponse()
                .getContentAsString();
        assertThat(course).contains("One person is in the inventory.").contains(base);
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsWhatWasTyped() throws Exception {
        RelationshipId id = inventory.add(org.clinician(), org.course(),
                RelationshipFields.of("Noor", RelationshipRole.FRIEND, ClosenessRing.MIDDLE));
        inventory.moveToRing(org.clinician(), org.course(), id, ClosenessRing.OUTER, 0);

        MockHttpServletResponse conflict = mvc.perform(post(base + "/relationships/" + id).with(csrf())
                .session(clinician).param("alias", "Noor").param("role", "FRIEND").param("ring", "INNER")
                .param("wishesToChange", "See each other more often").param("version", "0"))
                .andReturn().getResponse();

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("Someone else changed this record")
                .contains("See each other more often");
        assertThat(inventory.relationship(org.clinician(), org.course(), id).ring()).isEqualTo(ClosenessRing.OUTER);
    }

    @Test
    void theComparePageShowsWhatChangedSinceTheIntakeVersion() throws Exception {
        inventory.add(org.clinician(), org.course(),
                RelationshipFields.of("Uma", RelationshipRole.SIBLING, ClosenessRing.MIDDLE));
        assertThat(mvc.perform(post(base + "/intake").with(csrf()).session(clinician)).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(mvc.perform(post(base + "/intake").with(csrf()).session(clinician)).andReturn().getResponse()
                .getStatus()).as("the intake version is kept once").isEqualTo(422);
        inventory.add(org.clinician(), org.course(),
                RelationshipFields.of("Victor", RelationshipRole.COLLEAGUE, ClosenessRing.OUTER));

        String page = mvc.perform(get(base + "/compare").session(clinician)).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Each person at intake and now").contains("Uma").contains("No change")
                .contains("Victor").contains("Added since intake").contains("1 added, 0 removed, 0 changed");
    }
}
