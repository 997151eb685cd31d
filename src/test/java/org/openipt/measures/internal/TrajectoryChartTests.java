package org.openipt.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openipt.course.Phase;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentLibrary;
import org.openipt.measures.MeasurePoint;
import org.openipt.measures.OutcomeBundles;
import org.openipt.measures.TrajectoryRow;
import org.openipt.shared.svg.PictureLabels;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class TrajectoryChartTests {

    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final PictureLabels LABELS = (key, arguments) -> arguments.length == 0 ? key : key + List.of(arguments);
    static final InstrumentDefinition PHQ9 = InstrumentLibrary.standard().definition("phq-9");

    static final List<MeasurePoint> RESPONSES = List.of(new MeasurePoint(START, 1, 18),
            new MeasurePoint(START.plusWeeks(4), 5, 14), new MeasurePoint(START.plusWeeks(6), 7, null),
            new MeasurePoint(START.plusWeeks(8), 9, 8));
    static final List<TrajectoryChart.PhaseChange> PHASES = List.of(new TrajectoryChart.PhaseChange(START.plusWeeks(3), Phase.MIDDLE),
            new TrajectoryChart.PhaseChange(START.minusDays(1), Phase.INITIAL));
    static final List<TrajectoryChart.Annotation> EVENTS = List.of(new TrajectoryChart.Annotation(START.plusWeeks(5), "Started new job"));

    @Test
    void drawsBandsScoresPhasesEventsAndIncompleteResponses() throws Exception {
        String svg = TrajectoryChart.draw(PHQ9, RESPONSES, PHASES, EVENTS, Locale.ENGLISH, LABELS);

        Document document = wellFormed(svg);
        assertThat(document.getDocumentElement().getAttribute("role")).isEqualTo("img");
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("<title id=\"trajectory-phq-9-720-title\">outcomes.chart.title[Patient Health Questionnaire-9 (PHQ-9)]</title>")
                .contains("<desc id=\"trajectory-phq-9-720-desc\">outcomes.chart.desc[3, Jan 5, 2026, Mar 2, 2026, 18, 8] "
                        + "outcomes.chart.desc.incomplete[1] outcomes.chart.desc.marks[2, 1]</desc>")
                .doesNotContain("class=");
        assertThat(dataValues(svg, "data-band")).containsExactly("mild", "minimal", "moderate", "moderately-severe",
                "severe");
        assertThat(svg).contains("outcomes.chart.band[outcomes.band.moderately-severe, 15, 19]")
                .contains(">outcomes.band.mild</text>");
        assertThat(count(svg, "data-kind=\"score\"")).as("complete responses only").isEqualTo(3);
        assertThat(svg).contains("outcomes.chart.pointInSession[18, Jan 5, 2026, outcomes.band.moderately-severe, 1]")
                .contains("<polyline");
        assertThat(count(svg, "outcomes.chart.incomplete[")).isEqualTo(1);
        assertThat(svg).contains("outcomes.chart.incomplete[Feb 16, 2026]");
        assertThat(dataValues(svg, "data-phase")).containsExactly("INITIAL", "MIDDLE");
        assertThat(svg).contains(">phase.MIDDLE</text>").contains("outcomes.chart.phase[phase.MIDDLE, Jan 26, 2026]");
        assertThat(count(svg, "data-kind=\"event\"")).isEqualTo(1);
        assertThat(svg).contains(">Started new job</text>").contains("outcomes.chart.event[Started new job, Feb 9, 2026]");
    }

    @Test
    void higherScoresAreHigherUp() {
        String svg = TrajectoryChart.draw(PHQ9, RESPONSES, List.of(), List.of(), Locale.ENGLISH, LABELS);

        Matcher circles = Pattern.compile("<g data-kind=\"score\"><circle cx=\"[\\d.]+\" cy=\"([\\d.]+)\"").matcher(svg);
        List<Double> ys = circles.results().map(m -> Double.parseDouble(m.group(1))).toList();
        assertThat(ys).hasSize(3);
        assertThat(ys.get(0)).isLessThan(ys.get(1));
        assertThat(ys.get(1)).isLessThan(ys.get(2));
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String svg = TrajectoryChart.draw(PHQ9, RESPONSES, PHASES,
                List.of(new TrajectoryChart.Annotation(START, "<script>alert('x')</script> & \"more\"")), Locale.ENGLISH,
                (key, arguments) -> key.equals("outcomes.chart.axis.score") ? "Score <b>& more</b>"
                        : LABELS.text(key, arguments));

        wellFormed(svg);
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>")
                .contains(">&lt;script&gt;alert(&#39;x&#39;)&lt;/scr…</text>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;more&quot;")
                .contains("Score &lt;b&gt;&amp; more&lt;/b&gt;");
    }

    @Test
    void anEmptyChartSaysSoAndStillShowsTheBands() throws Exception {
        String svg = TrajectoryChart.draw(PHQ9, List.of(), List.of(), List.of(), Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(svg).contains("data-kind=\"empty\"").contains("<desc id=\"trajectory-phq-9-720-desc\">outcomes.chart.empty</desc>")
                .contains("data-band=\"severe\"").doesNotContain("data-kind=\"score\"").doesNotContain("<polyline");
        assertThat(TrajectoryChart.rows(PHQ9, List.of(), List.of(), List.of())).isEmpty();
    }

    @Test
    void onlyIncompleteResponsesDrawNoScore() throws Exception {
        String svg = TrajectoryChart.draw(PHQ9, List.of(new MeasurePoint(START, 1, null)), List.of(), List.of(),
                Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(svg).contains("outcomes.chart.empty outcomes.chart.desc.incomplete[1]")
                .doesNotContain("data-kind=\"score\"").contains("data-kind=\"incomplete\"");
    }

    @Test
    void aSinglePointIsADotWithoutALine() throws Exception {
        String svg = TrajectoryChart.draw(PHQ9, List.of(new MeasurePoint(START, null, 12)), List.of(), List.of(),
                Locale.ENGLISH, LABELS);

        wellFormed(svg);
        assertThat(count(svg, "data-kind=\"score\"")).isEqualTo(1);
        assertThat(svg).doesNotContain("<polyline").contains("outcomes.chart.desc.single[12, Jan 5, 2026]")
                .contains("outcomes.chart.point[12, Jan 5, 2026, outcomes.band.moderate]");
    }

    @Test
    void everyInstrumentDrawsWithRealWordsInBothLanguages() throws Exception {
        for (InstrumentDefinition instrument : InstrumentLibrary.standard().all()) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                List<MeasurePoint> points = List.of(new MeasurePoint(START, 1, instrument.total().max()),
                        new MeasurePoint(START.plusWeeks(2), 3, null),
                        new MeasurePoint(START.plusWeeks(6), 7, instrument.total().min()));
                String svg = TrajectoryChart.draw(instrument, points, PHASES, EVENTS, locale,
                        OutcomeBundles.labels(locale));
                wellFormed(svg);
                assertThat(svg).doesNotContain("outcomes.");
            }
        }
        String spanish = TrajectoryChart.draw(PHQ9, RESPONSES, List.of(), List.of(), Locale.forLanguageTag("es"),
                OutcomeBundles.labels(Locale.forLanguageTag("es")));
        assertThat(spanish).contains("Moderadamente grave").contains("Puntuación total");
    }

    @Test
    void theTableListsPhasesEventsAndResponsesByDate() {
        List<TrajectoryRow> rows = TrajectoryChart.rows(PHQ9, RESPONSES, PHASES, EVENTS);

        assertThat(rows).extracting(TrajectoryRow::kind).containsExactly(TrajectoryRow.Kind.PHASE, TrajectoryRow.Kind.RESPONSE, TrajectoryRow.Kind.PHASE,
                TrajectoryRow.Kind.RESPONSE, TrajectoryRow.Kind.EVENT, TrajectoryRow.Kind.RESPONSE, TrajectoryRow.Kind.RESPONSE);
        TrajectoryRow first = rows.get(1);
        assertThat(first.total()).isEqualTo(18);
        assertThat(first.session()).isEqualTo(1);
        assertThat(first.bandKey()).isEqualTo("outcomes.band.moderately-severe");
        assertThat(first.phase()).isEqualTo(Phase.INITIAL);
        TrajectoryRow incomplete = rows.get(5);
        assertThat(incomplete.incomplete()).isTrue();
        assertThat(incomplete.bandKey()).isNull();
        assertThat(incomplete.phase()).isEqualTo(Phase.MIDDLE);
        assertThat(rows.get(4).label()).isEqualTo("Started new job");
    }

    @ParameterizedTest
    @ValueSource(ints = { TrajectoryChart.WIDTH, TrajectoryChart.NARROW_WIDTH })
    void aLifeEventYearsBeforeTheCourseIsMarkedAtTheEdgeAndDoesNotSqueezeTheScores(int chartWidth) {
        List<MeasurePoint> course = List.of(new MeasurePoint(START, 1, 19), new MeasurePoint(START.plusWeeks(2), 3, 15),
                new MeasurePoint(START.plusWeeks(4), 5, 11));
        String svg = TrajectoryChart.draw(PHQ9, course, List.of(new TrajectoryChart.PhaseChange(START, Phase.INITIAL)),
                List.of(new TrajectoryChart.Annotation(START.minusYears(2), "Lost her job")), Locale.ENGLISH, LABELS,
                chartWidth);

        List<Double> xs = Pattern.compile("<circle cx=\"([0-9.]+)\"").matcher(svg).results()
                .map(m -> Double.parseDouble(m.group(1))).toList();
        double plot = chartWidth - TrajectoryChart.LEFT - TrajectoryChart.RIGHT;
        assertThat(xs.getLast() - xs.getFirst()).as("the course's scores spread over most of the plot")
                .isGreaterThan(0.8 * plot);
        assertThat(svg).contains(">\u2190 Lost her job</text>")
                .contains("outcomes.chart.event[Lost her job, Jan 5, 2024]");
    }

    @ParameterizedTest
    @ValueSource(ints = { TrajectoryChart.WIDTH, TrajectoryChart.NARROW_WIDTH })
    void noTwoLabelsCoverEachOtherHoweverCrowdedTheCourse(int chartWidth) throws Exception {
        List<TrajectoryChart.Annotation> crowded = new java.util.ArrayList<>();
        for (int day = 0; day < 8; day++) {
            crowded.add(new TrajectoryChart.Annotation(START.plusDays(10 + day), "A long event label number " + day));
        }
        crowded.add(new TrajectoryChart.Annotation(START.minusYears(3), "Moved to another country"));
        crowded.add(new TrajectoryChart.Annotation(START.minusYears(1), "Her father died"));
        List<TrajectoryChart.PhaseChange> phases = List.of(new TrajectoryChart.PhaseChange(START, Phase.INITIAL),
                new TrajectoryChart.PhaseChange(START.plusDays(2), Phase.MIDDLE),
                new TrajectoryChart.PhaseChange(START.plusDays(4), Phase.TERMINATION),
                new TrajectoryChart.PhaseChange(START.plusDays(6), Phase.COMPLETED));
        List<MeasurePoint> twoDays = List.of(new MeasurePoint(START, 1, 12), new MeasurePoint(START.plusDays(1), 2, 11));
        String svg = TrajectoryChart.draw(PHQ9, twoDays, phases, crowded, Locale.ENGLISH, (key, arguments) ->
                key.startsWith("phase.") ? "Phase " + key.substring(6).toLowerCase(Locale.ROOT) : key, chartWidth);

        List<double[]> boxes = new java.util.ArrayList<>();
        Pattern text = Pattern.compile("<text x=\"([0-9.]+)\" y=\"([0-9.]+)\"(?: text-anchor=\"(start|middle|end)\")?[^>]*>([^<]*)</text>");
        for (var found : text.matcher(svg).results().toList()) {
            String content = found.group(4);
            if (content.matches("\\d+")) {
                continue; // score values sit on their points
            }
            double x = Double.parseDouble(found.group(1));
            double y = Double.parseDouble(found.group(2));
            double width = content.length() * TrajectoryChart.CHARACTER_WIDTH;
            String anchor = found.group(3) == null ? "start" : found.group(3);
            double left = switch (anchor) {
                case "middle" -> x - width / 2;
                case "end" -> x - width;
                default -> x;
            };
            boxes.add(new double[] { left, left + width, y - 10, y });
            if (!content.startsWith("outcomes.band.") && !content.startsWith("outcomes.chart.axis.")) { // the axis name is turned upright
                assertThat(left).as("'%s' starts inside the picture", content).isGreaterThanOrEqualTo(0);
                assertThat(left + width).as("'%s' ends inside the picture", content).isLessThanOrEqualTo(chartWidth);
            }
        }
        assertThat(boxes).hasSizeGreaterThan(6);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[1] && b[0] < a[1] && a[2] < b[3] && b[2] < a[3];
                assertThat(overlap).as("labels %d and %d cover each other in%n%s", i, j, svg).isFalse();
            }
        }
    }

    @Test
    void everyBandOfEveryInstrumentHasAName() {
        Set<String> keys = new TreeSet<>();
        for (InstrumentDefinition instrument : InstrumentLibrary.standard().all()) {
            instrument.total().bands().forEach(band -> keys.add(TrajectoryChart.bandKey(band)));
            instrument.total().otherBandSchemes().values()
                    .forEach(bands -> bands.forEach(band -> keys.add(TrajectoryChart.bandKey(band))));
        }
        keys.addAll(List.of("outcomes.table.caption", "outcomes.table.date", "outcomes.table.session",
                "outcomes.table.total", "outcomes.table.band", "outcomes.table.what", "outcomes.table.incomplete"));
        OutcomeBundles.assertDefinedInBothLanguages(keys);
    }

    static Document wellFormed(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    static List<String> dataValues(String svg, String attribute) {
        return Pattern.compile(attribute + "=\"([^\"]+)\"").matcher(svg).results().map(m -> m.group(1)).sorted()
                .toList();
    }
}
