package org.openipt.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The timeline's pages as a clinician uses them: add, change, a stale save, a refusal, removal, from a session. */
@DatabaseTest
class TimelinePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    TimelineService timelines;
    @Autowired
    InventoryService inventory;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    MockHttpSession clinician;
    String base;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        org = Fixtures.organisation(context);
        clinician = Pages.signIn(mvc, org.email("clinician"));
        base = "/courses/" + org.course() + "/timeline";
        today = LocalDate.now(clock);
    }

    @Test
    void anEmptyTimelineSaysSoAndTheCoursePageLinksToIt() throws Exception {
        String page = mvc.perform(get(base).session(clinician)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Nothing is on the timeline yet.").contains("role=\"img\"")
                .contains("Add a life event").doesNotContain("<caption");

        String course = mvc.perform(get("/courses/" + org.course()).session(clinician)).andReturn().getResponse()
                .getContentAsString();
        assertThat(course).contains("No life event is on the timeline yet.").contains(base);
    }

    @Test
    void anEventLinkedToTheOnsetIsDrawnAndListed() throws Exception {
        RelationshipId dad = inventory.add(org.clinician(), org.course(),
                RelationshipFields.of("Dad", RelationshipRole.PARENT, ClosenessRing.INNER));
        assertThat(mvc.perform(post(base + "/episodes").with(csrf()).session(clinician)
                .param("startDate", today.minusMonths(2).toString()).param("startPrecision", "MONTH")
                .param("endPrecision", "MONTH").param("severity", "MODERATE").param("current", "true"))
                .andReturn().getResponse().getStatus()).isEqualTo(302);

        MockHttpServletResponse refused = mvc.perform(post(base + "/events").with(csrf()).session(clinician)
                .param("date", today.plusDays(2).toString()).param("precision", "DAY").param("type", "LOSS")
                .param("description", "Dad <script>died</script>").param("people", dad.toString()))
                .andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString()).contains("The date cannot be in the future.")
                .contains("Dad &lt;script&gt;died&lt;/script&gt;");

        MockHttpServletResponse added = mvc.perform(post(base + "/events").with(csrf()).session(clinician)
                .param("date", today.minusMonths(3).toString()).param("precision", "MONTH").param("type", "LOSS")
                .param("description", "Dad <script>died</script>").param("people", dad.toString())
                .param("linkedToOnset", "true")).andReturn().getResponse();
        assertThat(added.getStatus()).isEqualTo(302);
        assertThat(added.getRedirectedUrl()).isEqualTo(base);

        String page = mvc.perform(get(base).session(clinician)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-kind=\"onset\"").contains("data-kind=\"onset-link\"")
                .contains("Life events and mood in date order").contains("Loss or death: Dad &lt;script&gt;")
                .contains("linked to the onset").contains("current episode").doesNotContain("<script>died");
        String course = mvc.perform(get("/courses/" + org.course()).session(clinician)).andReturn().getResponse()
                .getContentAsString();
        assertThat(course).contains("Life event added to the timeline (people linked: 1)")
                .contains("One life event is on the timeline.");
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsWhatWasTyped() throws Exception {
        LifeEventId event = timelines.addEvent(org.clinician(), org.course(), new LifeEventEntry(
                ApproximateDate.year(today.getYear()), LifeEventType.JOB, "New job", List.of(), false, null));
        timelines.changeEvent(org.clinician(), org.course(), event, new LifeEventEntry(
                ApproximateDate.year(today.getYear()), LifeEventType.JOB, "New manager", List.of(), false, null), 0);

        MockHttpServletResponse conflict = mvc.perform(post(base + "/events/" + event).with(csrf())
                .session(clinician).param("date", today.toString()).param("precision", "DAY").param("type", "JOB")
                .param("description", "Promotion refused").param("version", "0")).andReturn().getResponse();

        assertThat(conflict.getStatus()).isEqualTo(409);
        assertThat(conflict.getContentAsString()).contains("Someone else changed this record")
                .contains("Promotion refused");
        assertThat(timelines.event(org.clinician(), org.course(), event).entry().description())
                .isEqualTo("New manager");
    }

    @Test
    void removalAsksFirstThenRemoves() throws Exception {
        MoodPointId point = timelines.addPoint(org.clinician(), org.course(),
                new MoodPointEntry(ApproximateDate.day(today), 4));

        String confirm = mvc.perform(get(base + "/points/" + point + "/remove").session(clinician)).andReturn()
                .getResponse().getContentAsString();
        assertThat(confirm).contains("Remove this mood rating?").contains("Yes, remove it");
        assertThat(timelines.timeline(org.clinician(), org.course()).points()).hasSize(1);

        MockHttpServletResponse removed = mvc.perform(post(base + "/points/" + point + "/remove").with(csrf())
                .session(clinician).param("version", "0")).andReturn().getResponse();
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(timelines.timeline(org.clinician(), org.course()).points()).isEmpty();

        MockHttpServletResponse rating = mvc.perform(post(base + "/points").with(csrf()).session(clinician)
                .param("date", today.toString()).param("precision", "DAY").param("rating", "11")).andReturn()
                .getResponse();
        assertThat(rating.getStatus()).isEqualTo(422);
        assertThat(rating.getContentAsString()).contains("The rating must be between 0");
    }

    @Test
    void anEventIsAddedFromASessionWithWhatTheClientSaid() throws Exception {
        String sessionPage = mvc.perform(get("/courses/" + org.course() + "/sessions/" + org.session())
                .session(clinician)).andReturn().getResponse().getContentAsString();
        String link = base + "/events/new?sessionId=" + org.session();
        assertThat(sessionPage).contains("Add an event from this session to the timeline").contains(link);

        String form = mvc.perform(get(link).session(clinician)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("A calmer week").contains("value=\"" + today.minusDays(7) + "\"")
                .contains("value=\"" + org.session() + "\"");

        assertThat(mvc.perform(post(base + "/events").with(csrf()).session(clinician)
                .param("date", today.minusDays(7).toString()).param("precision", "DAY").param("type", "CONFLICT")
                .param("description", "Row with a neighbour").param("sessionId", org.session().toString()))
                .andReturn().getResponse().getStatus()).isEqualTo(302);
        assertThat(timelines.timeline(org.clinician(), org.course()).events().getFirst().entry().sessionId())
                .isEqualTo(org.session());

        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThat(mvc.perform(get(base + "/events/new?sessionId=" + foreign.session()).session(clinician))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void eachNewEntrySentTwiceOrRacingIsAddedOnce() throws Exception {
        String form = mvc.perform(get(base + "/events/new").session(clinician)).andReturn().getResponse()
                .getContentAsString();
        Matcher key = Pattern.compile("name=\"submissionKey\" value=\"([0-9a-f-]{36})\"").matcher(form);
        assertThat(key.find()).as("the new-event form carries its key").isTrue();
        for (int send = 0; send < 2; send++) {
            assertThat(mvc.perform(post(base + "/events").with(csrf()).session(clinician)
                    .param("submissionKey", key.group(1)).param("date", today.minusMonths(1).toString())
                    .param("precision", "MONTH").param("type", "MOVE").param("description", "Moved flat"))
                    .andReturn().getResponse().getRedirectedUrl()).isEqualTo(base);
        }
        assertThat(timelines.timeline(org.clinician(), org.course()).events()).as("a double tap").hasSize(1);

        String episodeKey = UUID.randomUUID().toString();
        for (int send = 0; send < 2; send++) {
            assertThat(mvc.perform(post(base + "/episodes").with(csrf()).session(clinician)
                    .param("submissionKey", episodeKey).param("startDate", today.minusMonths(2).toString())
                    .param("startPrecision", "MONTH").param("endPrecision", "MONTH").param("severity", "MODERATE")
                    .param("current", "true")).andReturn().getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(timelines.timeline(org.clinician(), org.course()).episodes()).hasSize(1);

        UUID racingKey = UUID.randomUUID();
        MoodPointEntry rating = new MoodPointEntry(new ApproximateDate(today.minusDays(3), DatePrecision.DAY), 4);
        CompletableFuture<MoodPointId> one = CompletableFuture.supplyAsync(
                () -> timelines.addPoint(org.clinician(), org.course(), racingKey, rating));
        CompletableFuture<MoodPointId> other = CompletableFuture.supplyAsync(
                () -> timelines.addPoint(org.clinician(), org.course(), racingKey, rating));
        assertThat(one.join()).as("both racers answered with the one rating").isEqualTo(other.join());
        assertThat(timelines.timeline(org.clinician(), org.course()).points()).hasSize(1);
    }
}
