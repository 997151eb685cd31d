package org.openipt.measures.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Phase;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.measures.InstrumentDefinition.Band;
import org.openipt.measures.InstrumentDefinition.Score;
import org.openipt.measures.MeasurePoint;
import org.openipt.measures.TrajectoryRow;
import org.openipt.shared.Xml;
import org.openipt.shared.svg.PictureLabels;
import org.openipt.shared.svg.Svg;
import org.openipt.shared.web.PageDates;

/**
 * Draws one instrument's scores over a course as a self-contained, accessible SVG picture (page, print and PDF
 * alike): the instrument's severity bands shaded behind the plot, the complete totals as a line of points over time,
 * incomplete responses as hollow marks on the time axis (they have no total), phase changes as dashed vertical lines
 * and life events as annotations above the plot. Every text comes through {@link PictureLabels} and is escaped; only
 * presentation attributes, no stylesheet. {@link #rows} gives the same content as a table for screen readers.
 */
public final class TrajectoryChart {

    public static final int WIDTH = 720;
    /** The width of the picture drawn for phones, shown at its own size so that its text stays legible. */
    public static final int NARROW_WIDTH = 360;
    public static final int HEIGHT = 340;
    static final double LEFT = 44;
    static final double RIGHT = 120;
    static final double TOP = 64;
    static final double BOTTOM = 290;
    static final double CHARACTER_WIDTH = 6.1;
    static final int LABEL_LENGTH = 24;

    private static final String[] BAND_FILLS = { "#ecfdf5", "#fef9c3", "#fde68a", "#fdba74", "#fca5a5", "#f87171" };
    private static final String LINE = "#1d4ed8";
    private static final String PHASE = "#4338ca";
    private static final String EVENT = "#7f1d1d";
    private static final String INK = "#1f2937";

    private TrajectoryChart() {
    }

    /** A phase the course entered on a date. */
    public record PhaseChange(LocalDate date, Phase phase) {
    }

    /** A life event from the timeline, with a short label (the caller's words, escaped when drawn). */
    public record Annotation(LocalDate date, String label) {
    }

    /** Band names are message keys {@code outcomes.band.<band code>} (bundle {@code i18n/outcomes}). */
    public static final String BAND_KEY_PREFIX = "outcomes.band.";

    /** Message key of a band's name. */
    public static String bandKey(Band band) {
        return BAND_KEY_PREFIX + band.code();
    }

    /** The chart's content as table rows for screen readers. */
    public static List<TrajectoryRow> rows(InstrumentDefinition instrument, List<MeasurePoint> responses,
            List<PhaseChange> phases, List<Annotation> events) {
        List<PhaseChange> sortedPhases = phases.stream().sorted(Comparator.comparing(PhaseChange::date)).toList();
        List<TrajectoryRow> rows = new ArrayList<>();
        sortedPhases.forEach(p -> rows.add(new TrajectoryRow(p.date(), TrajectoryRow.Kind.PHASE, null, null, null,
                p.phase(), null)));
        events.forEach(e -> rows.add(new TrajectoryRow(e.date(), TrajectoryRow.Kind.EVENT, null, null, null, null,
                e.label())));
        for (MeasurePoint point : responses) {
            Band band = point.total() == null ? null : instrument.total().band(point.total()).orElse(null);
            rows.add(new TrajectoryRow(point.date(), TrajectoryRow.Kind.RESPONSE, point.session(), point.total(),
                    band == null ? null : bandKey(band), phaseOn(sortedPhases, point.date()), null));
        }
        rows.sort(Comparator.comparing(TrajectoryRow::date).thenComparing(TrajectoryRow::kind,
                Comparator.comparingInt(TrajectoryChart::order)));
        return List.copyOf(rows);
    }

    public static String draw(InstrumentDefinition instrument, List<MeasurePoint> responses, List<PhaseChange> phases,
            List<Annotation> events, Locale locale, PictureLabels labels) {
        return draw(instrument, responses, phases, events, locale, labels, WIDTH);
    }

    /** The same picture {@code width} units wide ({@link #WIDTH} for pages and print, {@link #NARROW_WIDTH} for phones). */
    public static String draw(InstrumentDefinition instrument, List<MeasurePoint> responses, List<PhaseChange> phases,
            List<Annotation> events, Locale locale, PictureLabels labels, int width) {
        return new Drawing(instrument, responses, phases, events, locale, labels, width).draw();
    }


    private static int order(TrajectoryRow.Kind kind) {
        return switch (kind) {
            case PHASE -> 0;
            case EVENT -> 1;
            case RESPONSE -> 2;
        };
    }

    private static @Nullable Phase phaseOn(List<PhaseChange> sorted, LocalDate date) {
        Phase phase = null;
        for (PhaseChange change : sorted) {
            if (!change.date().isAfter(date)) {
                phase = change.phase();
            }
        }
        return phase;
    }

    private static final class Drawing {

        private final InstrumentDefinition instrument;
        private final Score score;
        private final List<MeasurePoint> complete;
        private final List<MeasurePoint> incomplete;
        private final List<PhaseChange> phases;
        private final List<Annotation> events;
        private final PictureLabels labels;
        private final PageDates dates;
        private final LocalDate from;
        private final LocalDate to;
        private final StringBuilder svg = new StringBuilder(8192);
        private final int chartWidth;

        Drawing(InstrumentDefinition instrument, List<MeasurePoint> responses, List<PhaseChange> phases,
                List<Annotation> events, Locale locale, PictureLabels labels, int chartWidth) {
            this.chartWidth = chartWidth;
            this.instrument = instrument;
            this.score = instrument.total();
            this.complete = responses.stream().filter(MeasurePoint::complete)
                    .sorted(Comparator.comparing(MeasurePoint::date)).toList();
            this.incomplete = responses.stream().filter(p -> !p.complete())
                    .sorted(Comparator.comparing(MeasurePoint::date)).toList();
            this.phases = phases.stream().sorted(Comparator.comparing(PhaseChange::date)).toList();
            this.events = events.stream().sorted(Comparator.comparing(Annotation::date)).toList();
            this.labels = labels;
            this.dates = new PageDates(ZoneOffset.UTC, locale);
            // The course sets the time axis (its responses and phases); a life event from before it does not stretch
            // the axis back over years, it is marked at the left edge instead.
            List<LocalDate> course = new ArrayList<>();
            responses.forEach(p -> course.add(p.date()));
            this.phases.forEach(p -> course.add(p.date()));
            LocalDate start = course.stream().min(Comparator.naturalOrder()).orElse(null);
            this.events.stream().map(Annotation::date).filter(date -> start == null || !date.isBefore(start))
                    .forEach(course::add);
            LocalDate first = course.stream().min(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
            LocalDate last = course.stream().max(Comparator.naturalOrder()).orElse(LocalDate.EPOCH);
            long span = ChronoUnit.DAYS.between(first, last);
            long pad = Math.max(3, span / 20);
            this.from = first.minusDays(pad);
            this.to = last.plusDays(pad);
        }

        String draw() {
            // ids unique on a page that shows several instruments, each at two widths
            Svg.open(svg, chartWidth, HEIGHT, "trajectory-" + instrument.id() + "-" + chartWidth, text("outcomes.chart.title", instrument.title()), description());
            svg.append("<rect x=\"0\" y=\"0\" width=\"").append(chartWidth).append("\" height=\"").append(HEIGHT)
                    .append("\" fill=\"#ffffff\"/>");
            bands();
            axes();
            if (isEmpty()) {
                svg.append("<text data-kind=\"empty\" x=\"").append(Svg.number((LEFT + chartWidth - RIGHT) / 2))
                        .append("\" y=\"").append(Svg.number((TOP + BOTTOM) / 2)).append("\" text-anchor=\"middle\" fill=\"")
                        .append(INK).append("\" font-size=\"14\">").append(Xml.escape(text("outcomes.chart.empty")))
                        .append("</text>");
                return svg.append("</svg>").toString();
            }
            dateTicks();
            phaseLines();
            eventMarks();
            scoreLine();
            incompleteMarks();
            return svg.append("</svg>").toString();
        }

        private boolean isEmpty() {
            return complete.isEmpty() && incomplete.isEmpty() && phases.isEmpty() && events.isEmpty();
        }

        private String description() {
            if (complete.isEmpty()) {
                String none = text("outcomes.chart.empty");
                return incomplete.isEmpty() ? none
                        : none + " " + text("outcomes.chart.desc.incomplete", incomplete.size());
            }
            MeasurePoint first = complete.getFirst();
            MeasurePoint last = complete.getLast();
            String summary = complete.size() == 1
                    ? text("outcomes.chart.desc.single", first.score(), dates.inWords(first.date()))
                    : text("outcomes.chart.desc", complete.size(), dates.inWords(first.date()), dates.inWords(last.date()),
                            first.score(), last.score());
            if (!incomplete.isEmpty()) {
                summary += " " + text("outcomes.chart.desc.incomplete", incomplete.size());
            }
            if (!phases.isEmpty() || !events.isEmpty()) {
                summary += " " + text("outcomes.chart.desc.marks", phases.size(), events.size());
            }
            return summary;
        }

        /** The severity bands of the instrument's default scheme, shaded bottom (best) to top, named at the right. */
        private void bands() {
            List<Band> bands = score.bands();
            svg.append("<g data-kind=\"bands\" font-size=\"10\" fill=\"").append(INK).append("\">");
            for (int i = 0; i < bands.size(); i++) {
                Band band = bands.get(i);
                double top = y(band.high() + 0.5 > score.max() ? score.max() : band.high() + 0.5);
                double bottom = y(band.low() - 0.5 < score.min() ? score.min() : band.low() - 0.5);
                String name = text(bandKey(band));
                svg.append("<g data-kind=\"band\" data-band=\"").append(Xml.escape(band.code())).append("\"><rect x=\"")
                        .append(Svg.number(LEFT)).append("\" y=\"").append(Svg.number(top)).append("\" width=\"")
                        .append(Svg.number(chartWidth - LEFT - RIGHT)).append("\" height=\"").append(Svg.number(bottom - top))
                        .append("\" fill=\"").append(BAND_FILLS[Math.min(i, BAND_FILLS.length - 1)])
                        .append("\" fill-opacity=\"0.7\">");
                Svg.element(svg, "title", "", text("outcomes.chart.band", name, band.low(), band.high()));
                svg.append("</rect>");
                if (bottom - top >= 10) {
                    svg.append("<text x=\"").append(Svg.number(chartWidth - RIGHT + 6)).append("\" y=\"")
                            .append(Svg.number((top + bottom) / 2 + 3)).append("\">")
                            .append(Xml.escape(Svg.shorten(name, 19))).append("</text>");
                }
                svg.append("</g>");
            }
            svg.append("</g>");
        }

        /** The score axis on the left (minimum, band boundaries, maximum) and the time axis at the bottom. */
        private void axes() {
            svg.append("<g data-kind=\"axes\" font-size=\"10\" fill=\"#4b5563\" text-anchor=\"end\">");
            List<Integer> ticks = new ArrayList<>();
            ticks.add(score.min());
            score.bands().stream().map(Band::low).filter(low -> low > score.min()).forEach(ticks::add);
            ticks.add(score.max());
            for (int tick : ticks.stream().distinct().toList()) {
                svg.append("<text x=\"").append(Svg.number(LEFT - 6)).append("\" y=\"").append(Svg.number(y(tick) + 3))
                        .append("\">").append(tick).append("</text>");
            }
            svg.append("<text x=\"12\" y=\"").append(Svg.number((TOP + BOTTOM) / 2)).append("\" text-anchor=\"middle\""
                    + " transform=\"rotate(-90 12 ").append(Svg.number((TOP + BOTTOM) / 2)).append(")\">")
                    .append(Xml.escape(text("outcomes.chart.axis.score"))).append("</text>");
            svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(BOTTOM)).append("\" x2=\"")
                    .append(Svg.number(chartWidth - RIGHT)).append("\" y2=\"").append(Svg.number(BOTTOM)).append("\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"1.5\"/>");
            svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(TOP)).append("\" x2=\"")
                    .append(Svg.number(LEFT)).append("\" y2=\"").append(Svg.number(BOTTOM)).append("\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"1\"/>");
            svg.append("</g>");
        }

        /** The first and last day shown, and the middle one when there is room. */
        private void dateTicks() {
            svg.append("<g data-kind=\"dates\" font-size=\"10\" fill=\"").append(INK).append("\">");
            List<LocalDate> ticks = new ArrayList<>();
            complete.stream().findFirst().ifPresent(p -> ticks.add(p.date()));
            if (ticks.isEmpty()) {
                ticks.add(from);
            }
            LocalDate lastShown = complete.isEmpty() ? to : complete.getLast().date();
            if (!lastShown.equals(ticks.getFirst())) {
                ticks.add(lastShown);
            }
            if (ticks.size() == 2 && x(ticks.get(1)) - x(ticks.get(0)) < labelWidth(dates.inWords(ticks.get(0)))
                    + labelWidth(dates.inWords(ticks.get(1))) + 8) {
                ticks.remove(1);
            }
            String[] anchors = { "start", "end" };
            for (int i = 0; i < ticks.size(); i++) {
                double x = x(ticks.get(i));
                svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(Svg.number(BOTTOM))
                        .append("\" x2=\"").append(Svg.number(x)).append("\" y2=\"").append(Svg.number(BOTTOM + 5))
                        .append("\" stroke=\"").append(INK).append("\"/>");
                svg.append("<text x=\"").append(Svg.number(x)).append("\" y=\"").append(Svg.number(BOTTOM + 17))
                        .append("\" text-anchor=\"").append(ticks.size() == 1 ? "middle" : anchors[i]).append("\">")
                        .append(Xml.escape(dates.inWords(ticks.get(i)))).append("</text>");
            }
            svg.append("</g>");
        }

        private void phaseLines() {
            if (phases.isEmpty()) {
                return;
            }
            svg.append("<g data-kind=\"phases\" font-size=\"10\" fill=\"").append(PHASE).append("\">");
            LabelRows rows = new LabelRows(2);
            for (PhaseChange change : phases) {
                double x = x(change.date());
                String name = text("phase." + change.phase().name());
                double width = labelWidth(name);
                boolean roomOnTheRight = x + width + 8 < chartWidth - RIGHT;
                double left = roomOnTheRight ? x + 4 : x - 4 - width;
                int row = rows.place(left, width);
                svg.append("<g data-kind=\"phase\" data-phase=\"").append(change.phase().name()).append("\"><line x1=\"")
                        .append(Svg.number(x)).append("\" y1=\"").append(Svg.number(TOP)).append("\" x2=\"").append(Svg.number(x))
                        .append("\" y2=\"").append(Svg.number(BOTTOM)).append("\" stroke=\"").append(PHASE)
                        .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5 3\">");
                Svg.element(svg, "title", "", text("outcomes.chart.phase", name, dates.inWords(change.date())));
                svg.append("</line>");
                if (row >= 0) {
                    svg.append("<text x=\"").append(Svg.number(roomOnTheRight ? x + 4 : x - 4)).append("\" y=\"")
                            .append(Svg.number(BOTTOM - 6 - 12 * row)).append("\" text-anchor=\"")
                            .append(roomOnTheRight ? "start" : "end").append("\">").append(Xml.escape(name))
                            .append("</text>");
                }
                svg.append("</g>");
            }
            svg.append("</g>");
        }

        /**
         * Life events: a mark on the top edge with its short label above, over two rows; an event from before the
         * course is marked at the left edge. A label that fits in neither row is left out (the mark's title and the
         * table name the event), so that no two labels cover each other.
         */
        private void eventMarks() {
            if (events.isEmpty()) {
                return;
            }
            svg.append("<g data-kind=\"events\" font-size=\"10\" fill=\"").append(INK).append("\">");
            LabelRows rows = new LabelRows(2);
            for (Annotation event : events) {
                boolean earlier = event.date().isBefore(from);
                double x = x(event.date());
                String label = (earlier ? "\u2190 " : "") + Svg.shorten(event.label(), LABEL_LENGTH);
                double width = labelWidth(label);
                double left = Math.max(2, Math.min(earlier ? x - 4 : x - width / 2, chartWidth - 2 - width));
                int row = rows.place(left, width);
                double labelY = TOP - 30 + 14 * Math.max(0, row);
                svg.append("<g data-kind=\"event\"><line x1=\"").append(Svg.number(x)).append("\" y1=\"")
                        .append(Svg.number(labelY + 3)).append("\" x2=\"").append(Svg.number(x)).append("\" y2=\"")
                        .append(Svg.number(TOP)).append("\" stroke=\"").append(EVENT).append("\" stroke-width=\"1\"/>");
                svg.append("<path d=\"M ").append(Svg.number(x - 5)).append(' ').append(Svg.number(TOP - 6)).append(" L ")
                        .append(Svg.number(x + 5)).append(' ').append(Svg.number(TOP - 6)).append(" L ").append(Svg.number(x))
                        .append(' ').append(Svg.number(TOP + 2)).append(" Z\" fill=\"").append(EVENT).append("\">");
                Svg.element(svg, "title", "", text("outcomes.chart.event", event.label(), dates.inWords(event.date())));
                svg.append("</path>");
                if (row >= 0) {
                    svg.append("<text x=\"").append(Svg.number(left)).append("\" y=\"").append(Svg.number(labelY))
                            .append("\">").append(Xml.escape(label)).append("</text>");
                }
                svg.append("</g>");
            }
            svg.append("</g>");
        }

        private void scoreLine() {
            if (complete.isEmpty()) {
                return;
            }
            svg.append("<g data-kind=\"scores\">");
            if (complete.size() > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(LINE).append("\" stroke-width=\"2\" points=\"");
                for (MeasurePoint point : complete) {
                    svg.append(Svg.number(x(point.date()))).append(',').append(Svg.number(y(point.score()))).append(' ');
                }
                svg.setLength(svg.length() - 1);
                svg.append("\"/>");
            }
            for (MeasurePoint point : complete) {
                double x = x(point.date());
                double y = y(point.score());
                String band = score.band(point.score()).map(b -> text(bandKey(b))).orElse("");
                svg.append("<g data-kind=\"score\"><circle cx=\"").append(Svg.number(x)).append("\" cy=\"")
                        .append(Svg.number(y)).append("\" r=\"4\" fill=\"").append(LINE)
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\">");
                Svg.element(svg, "title", "", point.session() == null
                        ? text("outcomes.chart.point", point.score(), dates.inWords(point.date()), band)
                        : text("outcomes.chart.pointInSession", point.score(), dates.inWords(point.date()), band,
                                point.session()));
                svg.append("</circle><text x=\"").append(Svg.number(x)).append("\" y=\"").append(Svg.number(y - 8))
                        .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"").append(INK).append("\">")
                        .append(point.score()).append("</text></g>");
            }
            svg.append("</g>");
        }

        private void incompleteMarks() {
            if (incomplete.isEmpty()) {
                return;
            }
            svg.append("<g data-kind=\"incomplete\">");
            for (MeasurePoint point : incomplete) {
                svg.append("<circle cx=\"").append(Svg.number(x(point.date()))).append("\" cy=\"").append(Svg.number(BOTTOM))
                        .append("\" r=\"4\" fill=\"#ffffff\" stroke=\"#6b7280\" stroke-width=\"1.5\">");
                Svg.element(svg, "title", "", text("outcomes.chart.incomplete", dates.inWords(point.date())));
                svg.append("</circle>");
            }
            svg.append("</g>");
        }


        private static double labelWidth(String label) {
            return label.length() * CHARACTER_WIDTH;
        }

        /** Rows of labels laid left to right: a label goes in the first row where it clears the one before it. */
        private static final class LabelRows {

            private static final double GAP = 6;
            private final double[] ends;

            LabelRows(int rows) {
                ends = new double[rows];
                java.util.Arrays.fill(ends, Double.NEGATIVE_INFINITY);
            }

            /** The row the label takes, or -1 when it fits in none. */
            int place(double left, double width) {
                for (int row = 0; row < ends.length; row++) {
                    if (ends[row] + GAP <= left) {
                        ends[row] = left + width;
                        return row;
                    }
                }
                return -1;
            }
        }

        private String text(String key, Object... arguments) {
            return labels.text(key, arguments);
        }

        private double x(LocalDate date) {
            double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
            double offset = ChronoUnit.DAYS.between(from, date);
            return LEFT + (chartWidth - LEFT - RIGHT) * Math.max(0, Math.min(1, offset / span));
        }

        private double y(double value) {
            double range = Math.max(1, score.max() - score.min());
            return BOTTOM - (BOTTOM - TOP) * (value - score.min()) / range;
        }

    }
}
