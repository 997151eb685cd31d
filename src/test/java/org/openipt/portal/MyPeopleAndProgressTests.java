package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.InventoryService;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipRole;
import org.openipt.measures.Administration;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasuresService;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * "My people", "My progress" and the timeline on "My plan" as the fixture's client sees them: nothing until the
 * clinician shares each part; the circle without what was said about each person; a suggested change reaching the
 * clinician's session form; the questionnaires the client fills in with accurate words about the change, never a
 * clinician's rating; life events on the chart only when the timeline is shared too.
 */
@DatabaseTest
class MyPeopleAndProgressTests {

    static final String DETAIL = "She worries aloud about money";
    static final String EVENT = "Moved to a new flat away from friends";

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;
    MockHttpSession clinician;

    @BeforeEach
    void aCircleScoresAndAnEvent() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        InventoryService inventory = context.getBean(InventoryService.class);
        inventory.add(org.clinician(), org.course(), new RelationshipFields("Mum", RelationshipRole.PARENT,
                ClosenessRing.INNER, null, "She listens", DETAIL, null, Answer.UNKNOWN, null, null, Answer.UNKNOWN,
                null, Answer.UNKNOWN, null, Answer.UNKNOWN, null, false, null));
        inventory.add(org.clinician(), org.course(), RelationshipFields.of("Kim", RelationshipRole.COLLEAGUE,
                ClosenessRing.OUTER));
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(ZoneOffset.UTC));
        context.getBean(TimelineService.class).addEvent(org.clinician(), org.course(), new LifeEventEntry(
                ApproximateDate.day(today.minusDays(3)), LifeEventType.MOVE, EVENT, List.of(), false, null));
        client = pages.signIn(org.email("client"));
        clinician = pages.signIn(org.email("clinician"));
    }

    @Test
    void nothingOfTheCircleTheScoresOrTheTimelineShowsUntilShared() throws Exception {
        phq9(3, 2);
        assertThat(pages.page(client, "/me/people")).contains(pages.text("people.notShared")).doesNotContain("Kim");
        assertThat(pages.send(client, "/me/people", "question", "Add my cousin", "submissionKey",
                UUID.randomUUID().toString()).getStatus()).isEqualTo(404);
        assertThat(pages.page(client, "/me/progress")).contains(pages.text("progress.notShared"))
                .doesNotContain("<svg");
        assertThat(pages.page(client, "/me/plan")).contains(pages.text("myPlan.notShared")).doesNotContain("<svg");
    }

    @Test
    void theClientSeesTheirCircleWithoutDetailsAndSuggestsAChangeForTheNextSession() throws Exception {
        SharingSteps.share(pages, clinician, org.course(), SharedPart.CLOSENESS_CIRCLE);
        String people = pages.page(client, "/me/people");
        assertThat(people).contains("<svg").contains(">" + pages.text("inventory.circle.you") + "</text>")
                .contains("Mum").contains("Kim")
                .contains(pages.text("inventory.role.PARENT")).contains(pages.text("inventory.ring.INNER"))
                .doesNotContain(DETAIL).doesNotContain("She listens");

        MockHttpServletResponse empty = pages.send(client, "/me/people", "question", " ", "submissionKey",
                UUID.randomUUID().toString());
        assertThat(empty.getStatus()).isEqualTo(422);
        assertThat(empty.getContentAsString()).contains(pages.text("question.suggestionRequired"));

        String key = UUID.randomUUID().toString();
        for (int tap = 0; tap < 2; tap++) {
            assertThat(pages.send(client, "/me/people", "question", "Add my cousin Lea, we talk every week",
                    "submissionKey", key).getStatus()).isEqualTo(302);
        }
        assertThat(pages.page(client, "/me/people").split("Add my cousin Lea", -1)).as("stored once").hasSize(2);
        assertThat(pages.page(client, "/me/questions")).doesNotContain("Add my cousin Lea");
        String sessionForm = pages.page(clinician, "/courses/" + org.course() + "/sessions/new");
        assertThat(sessionForm).contains("Add my cousin Lea").contains(pages.text("question.aboutPeople"));
    }

    @Test
    void progressSaysAccuratelyWhatChangedAndLeavesOutAClinicianRating() throws Exception {
        phq9(3, 0);
        phq9(1, 0);
        InstrumentDefinition hamd = InstrumentLibrary.standard().definition("hamd-17");
        Map<String, String> answers = new LinkedHashMap<>();
        hamd.scoredItems().forEach(item -> answers.put(item.linkId(), item.options().getFirst().code().code()));
        context.getBean(MeasuresService.class).administer(org.clinician(), org.course(), UUID.randomUUID(),
                new Administration("hamd-17", answers, null));
        SharingSteps.share(pages, clinician, org.course(), SharedPart.CHARTS);

        String progress = pages.page(client, "/me/progress");
        assertThat(progress).contains("<svg").contains(title("phq-9"))
                .contains(pages.text("progress.change.LOWER", 24, 8))
                .contains(pages.text("progress.bands", pages.text("outcomes.band.severe"),
                        pages.text("outcomes.band.mild")))
                .doesNotContain(hamd.title()).doesNotContain(pages.text("outcomes.notOnTrack.heading"))
                .doesNotContain(pages.text("timeline.type.MOVE"));

        SharingSteps.share(pages, clinician, org.course(), SharedPart.CHARTS, SharedPart.TIMELINE);
        assertThat(pages.page(client, "/me/progress")).contains(pages.text("timeline.type.MOVE"));
        assertThat(pages.page(client, "/me/plan")).contains(pages.text("myPlan.timeline")).contains(EVENT);
    }

    @Test
    void aRisingScoreIsNamedAndPointsToHelpNow() throws Exception {
        phq9(1, 0);
        phq9(2, 0);
        SharingSteps.share(pages, clinician, org.course(), SharedPart.CHARTS);
        assertThat(pages.page(client, "/me/progress")).contains(pages.text("progress.change.HIGHER", 8, 16))
                .contains("href=\"/me/crisis\"").doesNotContain(pages.text("progress.reliable"));
    }

    private static String title(String instrumentId) {
        return InstrumentLibrary.standard().definition(instrumentId).title();
    }


    /** A PHQ-9 given by the clinician with the first eight items scored {@code eachOfTheFirstEight}. */
    private void phq9(int eachOfTheFirstEight, int ninth) {
        InstrumentDefinition phq9 = InstrumentLibrary.standard().definition("phq-9");
        Map<String, String> answers = new LinkedHashMap<>();
        for (InstrumentDefinition.Item item : phq9.scoredItems()) {
            int score = item.linkId().equals("phq9-9") ? ninth : eachOfTheFirstEight;
            answers.put(item.linkId(), item.options().stream().filter(o -> o.score() == score).findFirst()
                    .orElseThrow().code().code());
        }
        context.getBean(MeasuresService.class).administer(org.clinician(), org.course(), UUID.randomUUID(),
                new Administration("phq-9", answers, null));
    }

}
