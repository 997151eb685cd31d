package org.openipt.timeline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.openipt.caseload.ClientId;
import org.openipt.course.CourseId;
import org.openipt.shared.svg.PictureLabels;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEvent;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventId;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisode;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodEpisodeId;
import org.openipt.timeline.MoodPoint;
import org.openipt.timeline.MoodPointEntry;
import org.openipt.timeline.MoodPointId;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.Timeline;
import org.xml.sax.InputSource;

class TimelinePictureTests {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    /** Words for the picture: the key with its arguments, enough to see what was asked for. */
    static final PictureLabels LABELS = (key, arguments) -> arguments.length == 0 ? key
            : key + List.of(arguments);

    @Test
    void theOnsetIsAMarkedLineAndALinkedEventHasAConnectorToIt() throws Exception {
        LifeEvent loss = event(ApproximateDate.month(2025, 10), LifeEventType.LOSS, "Father died", true);
        LifeEvent move = event(ApproximateDate.year(2024), LifeEventType.MOVE, "Moved town", false);
        MoodEpisode current = new MoodEpisode(new MoodEpisodeId(UUID.randomUUID()), new MoodEpisodeEntry(
                ApproximateDate.month(2025, 12), null, MoodSeverity.MODERATE, true), 0);
        List<MoodPoint> points = List.of(point(ApproximateDate.day(LocalDate.of(2025, 9, 1)), 7),
                point(ApproximateDate.day(LocalDate.of(2026, 1, 10)), 3));

        String svg = TimelinePicture.draw(timeline(List.of(loss, move), List.of(current), points), TODAY,
                Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("<title id=\"timeline-title\">timeline.picture.title</title>")
                .contains("<desc id=\"timeline-desc\">timeline.picture.desc[2, 1, 2, 2024, 2026] "
                        + "timeline.picture.desc.onset[December 2025, 1]</desc>");
        assertThat(count(svg, "data-kind=\"onset\"")).isEqualTo(1);
        assertThat(count(svg, "data-kind=\"onset-link\"")).as("only the linked event is connected").isEqualTo(1);
        assertThat(svg).contains("timeline.picture.link[Father died]").contains("data-kind=\"episode\"")
                .contains("<polyline").contains(">timeline.type.LOSS: Father…</text>")
                .contains("timeline.picture.event[timeline.type.LOSS, October 2025, Father died]")
                .contains(">2024</text>").contains(">2025</text>").contains(">2026</text>")
                .doesNotContain("class=");
    }

    @Test
    void aLinkWithoutACurrentEpisodeDrawsNoConnector() {
        String svg = TimelinePicture.draw(timeline(List.of(event(ApproximateDate.year(2025), LifeEventType.CONFLICT,
                "Argument", true)), List.of(), List.of()), TODAY, Locale.ENGLISH, LABELS);

        assertThat(svg).doesNotContain("data-kind=\"onset\"").doesNotContain("onset-link")
                .contains("timeline.picture.desc.noOnset");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String svg = TimelinePicture.draw(timeline(List.of(event(ApproximateDate.day(LocalDate.of(2026, 1, 2)),
                LifeEventType.OTHER, "<script>alert('x')</script> & \"more\"", false)), List.of(), List.of()), TODAY,
                Locale.ENGLISH, (key, arguments) -> key.equals("timeline.picture.title") ? "Mood <b>& events</b>"
                        : LABELS.text(key, arguments));

        wellFormed(svg);
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("Mood &lt;b&gt;&amp; events&lt;/b&gt;");
    }

    @Test
    void anEmptyTimelineSaysSoOnAnAxisOfThisYear() throws Exception {
        String svg = TimelinePicture.draw(timeline(List.of(), List.of(), List.of()), TODAY, Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(svg).contains("data-kind=\"empty\"").contains("<desc id=\"timeline-desc\">timeline.picture.empty")
                .contains(">2026</text>").doesNotContain("data-kind=\"event\"");
    }

    @Test
    void oneItemIsDrawnOnItsYear() throws Exception {
        String svg = TimelinePicture.draw(timeline(List.of(), List.of(), List.of(point(ApproximateDate.day(TODAY), 5))),
                TODAY, Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(svg).contains("<circle").doesNotContain("<polyline").doesNotContain("data-kind=\"empty\"");
    }

    @Test
    void manyEventsSpreadTheirLabelsOverTheRows() throws Exception {
        List<LifeEvent> events = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            events.add(event(ApproximateDate.month(2025, month), LifeEventType.values()[month % 8],
                    "Event number " + month, false));
        }
        String svg = TimelinePicture.draw(timeline(events, List.of(), List.of()), TODAY, Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(count(svg, "data-kind=\"event\"")).isEqualTo(12);
        Matcher labels = Pattern.compile("<text x=\"[\\d.]+\" y=\"([\\d.]+)\" text-anchor").matcher(svg);
        List<String> rows = new ArrayList<>();
        while (labels.find()) {
            rows.add(labels.group(1));
        }
        assertThat(rows).hasSize(12);
        assertThat(rows.subList(0, 3)).as("neighbouring labels go to different rows").doesNotHaveDuplicates();
    }

    @Test
    void labelRowsKeepLabelsApartWhileThereIsRoom() {
        int[] rows = TimelinePicture.labelRows(new double[] { 0, 50, 100, 400 }, new double[] { 120, 170, 220, 500 },
                3);
        assertThat(rows).containsExactly(0, 1, 2, 0);
    }

    static Timeline timeline(List<LifeEvent> events, List<MoodEpisode> episodes, List<MoodPoint> points) {
        return new Timeline(new CourseId(UUID.randomUUID()), new ClientId(UUID.randomUUID()), events, episodes,
                points, Map.of(), true);
    }

    static LifeEvent event(ApproximateDate when, LifeEventType type, String description, boolean linked) {
        return new LifeEvent(new LifeEventId(UUID.randomUUID()), new LifeEventEntry(when, type, description,
                List.of(), linked, null), 0);
    }

    static MoodPoint point(ApproximateDate when, int rating) {
        return new MoodPoint(new MoodPointId(UUID.randomUUID()), new MoodPointEntry(when, rating), 0);
    }

    @Test
    void aCourseAfterYearsOfHistoryGetsItsShareOfTheAxisShadedAndNamed() throws Exception {
        LocalDate courseStart = TODAY.minusWeeks(8);
        List<MoodPoint> weekly = new java.util.ArrayList<>();
        for (int week = 0; week <= 8; week++) {
            weekly.add(point(ApproximateDate.day(courseStart.plusWeeks(week)), 3 + week / 2));
        }
        Timeline history = timeline(List.of(event(ApproximateDate.year(2019), LifeEventType.MOVE, "Moved abroad",
                false), event(ApproximateDate.month(2025, 11), LifeEventType.JOB, "Lost the job", true)), List.of(),
                weekly);

        String squeezed = TimelinePicture.draw(history, TODAY, Locale.ENGLISH, LABELS);
        String broken = TimelinePicture.draw(history, TODAY, courseStart, Locale.ENGLISH, LABELS);

        wellFormed(broken);
        double plot = TimelinePicture.WIDTH - TimelinePicture.LEFT - TimelinePicture.RIGHT;
        assertThat(spread(squeezed)).as("without the course, eight weeks are a sliver").isLessThan(0.1 * plot);
        assertThat(spread(broken)).as("the course's mood points spread over a good part of the recent share")
                .isGreaterThan(0.3 * TimelinePicture.COURSE_SHARE * plot).isGreaterThan(5 * spread(squeezed));
        java.util.regex.Matcher label = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"[^>]*>timeline.picture.course")
                .matcher(broken);
        assertThat(label.find()).isTrue();
        assertThat(Double.parseDouble(label.group(2))).as("named above the plot, clear of the labels in it")
                .isLessThan(TimelinePicture.TOP);
        assertThat(broken).contains("data-kind=\"course\"").contains("timeline.picture.course[Jan 18, 2026]")
                .contains(">2019</text>").contains("timeline.picture.desc[2, 0, 9, 2019, 2026]");
        assertThat(count(squeezed, "data-kind=\"course\"")).isZero();
    }

    @Test
    void aCourseThatFillsMostOfTheTimelineNeedsNoBreak() {
        Timeline recent = timeline(List.of(event(ApproximateDate.day(TODAY.minusWeeks(10)), LifeEventType.LOSS,
                "Her dog died", true)), List.of(), List.of(point(ApproximateDate.day(TODAY.minusWeeks(6)), 4)));
        assertThat(TimelinePicture.draw(recent, TODAY, TODAY.minusWeeks(8), Locale.ENGLISH, LABELS))
                .doesNotContain("data-kind=\"course\"");
    }

    /** How far apart the first and last mood points are drawn. */
    private static double spread(String svg) {
        java.util.regex.Matcher polyline = Pattern.compile("<polyline [^>]*points=\"([^\"]+)\"").matcher(svg);
        assertThat(polyline.find()).isTrue();
        List<Double> xs = java.util.Arrays.stream(polyline.group(1).trim().split(" "))
                .map(pair -> Double.parseDouble(pair.split(",")[0])).toList();
        return xs.getLast() - xs.getFirst();
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    static void wellFormed(String svg) throws Exception {
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }
}
