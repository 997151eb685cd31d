package org.openipt.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.shared.NotFoundException;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.openipt.support.Pages;
import org.openipt.timeline.DiaryEntry;
import org.openipt.timeline.MoodDiaryEntry;
import org.openipt.timeline.MoodDiaryService;
import org.openipt.timeline.TimelineService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The client's mood and events diary, as the fixture's client writes it in the portal and their clinician meets
 * it on the timeline: a day saved once for a double tap, kept with a clear message when something is wrong, shown
 * to the clinician as a suggestion written by the client, added to the timeline as a mood rating or set aside.
 */
@DatabaseTest
class MoodDiaryTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    MessageSource messages;
    @Autowired
    MoodDiaryService diaries;
    @Autowired
    TimelineService timelines;

    Pages pages;
    Fixtures.Organisation org;
    MockHttpSession client;
    LocalDate today;

    @BeforeEach
    void signIn() throws Exception {
        pages = new Pages(mvc, messages);
        org = Fixtures.organisation(context);
        client = pages.signIn(org.email("client"));
        today = LocalDate.now(context.getBean(Clock.class));
    }

    @Test
    void aDayWrittenByTheClientIsASuggestionOnTheTimelineUntilTheClinicianAddsIt() throws Exception {
        String page = pages.page(client, "/me/diary");
        assertThat(page).contains(pages.text("diary.none")).contains("value=\"" + today + "\"");
        String key = field(page, "submissionKey");
        MockHttpServletResponse saved = write(key, today.minusDays(1).toString(), "3",
                "Argued with my sister about Mum's care");
        MockHttpServletResponse again = write(key, today.minusDays(1).toString(), "3",
                "Argued with my sister about Mum's care");
        assertThat(saved.getRedirectedUrl()).isEqualTo("/me/diary");
        assertThat(again.getRedirectedUrl()).as("a double tap stores one day").isEqualTo("/me/diary");
        assertThat(diaries.recent(org.clientUser(), org.course())).singleElement()
                .satisfies(d -> assertThat(d.status()).isEqualTo(DiaryEntry.Status.SUGGESTED));
        assertThat(pages.page(client, "/me/diary")).contains("Argued with my sister about Mum&#39;s care")
                .contains(pages.text("diary.status.SUGGESTED"));

        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        String timeline = pages.page(clinician, "/courses/" + org.course() + "/timeline");
        assertThat(timeline).contains(pages.text("diary.suggestions.title")).contains(pages.text("diary.byClient"))
                .contains("Argued with my sister");
        DiaryEntry entry = diaries.recent(org.clinician(), org.course()).getFirst();
        MockHttpServletResponse added = pages.send(clinician, "/courses/" + org.course() + "/timeline/diary",
                "entry", entry.id().toString(), "decision", "ADDED", "version", String.valueOf(entry.version()));
        assertThat(added.getRedirectedUrl()).isEqualTo("/courses/" + org.course() + "/timeline");
        assertThat(timelines.timeline(org.clinician(), org.course()).points()).singleElement()
                .satisfies(p -> assertThat(p.entry().rating()).isEqualTo(3));
        assertThat(pages.page(clinician, "/courses/" + org.course() + "/timeline"))
                .doesNotContain(pages.text("diary.suggestions.title"));
        assertThat(pages.page(client, "/me/diary")).contains(pages.text("diary.status.ADDED"));
        assertThat(pages.send(clinician, "/courses/" + org.course() + "/timeline/diary", "entry",
                entry.id().toString(), "decision", "SET_ASIDE", "version", String.valueOf(entry.version() + 1))
                .getStatus()).as("decided once").isEqualTo(422);
    }

    @Test
    void wrongDaysAndRatingsGetAClearMessageAndKeepWhatWasWritten() throws Exception {
        String key = field(pages.page(client, "/me/diary"), "submissionKey");
        MockHttpServletResponse future = write(key, today.plusDays(1).toString(), "5", "Kept text\u0000\u202e");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString()).contains(pages.text("timeline.date.future")).contains("Kept text");
        MockHttpServletResponse noRating = pages.send(client, "/me/diary", "submissionKey", key, "day",
                today.toString(), "whatHappened", "A quiet day");
        assertThat(noRating.getStatus()).isEqualTo(422);
        assertThat(noRating.getContentAsString()).contains(pages.text("diary.rating.required")).contains("A quiet day");
        for (String day : List.of("9999-12-31", "0001-01-01", "2026-02-30", "not-a-day")) {
            assertThat(write(key, day, "5", "x").getStatus()).as(day).isEqualTo(422);
        }
        assertThat(write(key, today.toString(), "11", "x").getStatus()).isEqualTo(422);
        assertThat(write(key, today.toString(), "5", "x".repeat(2001)).getStatus()).isEqualTo(422);
        assertThat(diaries.recent(org.clientUser(), org.course())).isEmpty();
        assertThat(pages.send(client, "/me/diary", "submissionKey", key, "day", today.toString(), "rating", "4",
                "whatHappened", "Stored\u0000 clean").getStatus()).isEqualTo(302);
        assertThat(diaries.recent(org.clientUser(), org.course()).getFirst().whatHappened()).isEqualTo("Stored clean");
    }

    @Test
    void twoIdenticalDaysSentAtTheSameMomentStoreOne() throws Exception {
        UUID key = UUID.randomUUID();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Callable<UUID> send = () -> {
                start.await();
                return diaries.write(org.clientUser(), org.course(), key, new MoodDiaryEntry(today, 6, "Walk", null));
            };
            List<Future<UUID>> both = new ArrayList<>(List.of(threads.submit(send), threads.submit(send)));
            start.countDown();
            assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
        }
        finally {
            threads.shutdown();
        }
        assertThat(diaries.recent(org.clinician(), org.course())).hasSize(1);
    }

    @Test
    void staffCannotWriteTheClientsDiaryNorDecideAnotherCoursesDays() throws Exception {
        assertThatThrownBy(() -> diaries.write(org.clinician(), org.course(),
                UUID.randomUUID(), new MoodDiaryEntry(today, 5, null, null)))
                .isInstanceOf(NotFoundException.class);
        Fixtures.Organisation other = Fixtures.organisation(context);
        UUID theirs = diaries.write(other.clientUser(), other.course(), UUID.randomUUID(),
                new MoodDiaryEntry(today, 5, "Theirs", null));
        MockHttpSession clinician = pages.signIn(org.email("clinician"));
        assertThat(pages.send(clinician, "/courses/" + org.course() + "/timeline/diary", "entry", theirs.toString(),
                "decision", "ADDED", "version", "0").getStatus()).isEqualTo(404);
    }

    private MockHttpServletResponse write(String key, String day, String rating, String whatHappened)
            throws Exception {
        return pages.send(client, "/me/diary", "submissionKey", key, "day", day, "rating", rating, "whatHappened",
                whatHappened);
    }

    private static String field(String page, String name) {
        Matcher matcher = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as(name).isTrue();
        return matcher.group(1);
    }
}
