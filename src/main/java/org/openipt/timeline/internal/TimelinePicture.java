package org.openipt.timeline.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.openipt.shared.Xml;
import org.openipt.shared.svg.PictureLabels;
import org.openipt.shared.svg.Svg;
import org.openipt.shared.web.PageDates;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.LifeEvent;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.timeline.MoodEpisode;
import org.openipt.timeline.MoodEpisodeEntry;
import org.openipt.timeline.MoodPoint;
import org.openipt.timeline.MoodSeverity;
import org.openipt.timeline.Timeline;

/**
 * Draws a course's timeline as one self-contained, accessible SVG picture (for the page, print and the PDF alike): a
 * horizontal time axis with year ticks, mood episodes as bands shaded by severity, mood ratings as a line (0 at the
 * axis, 10 at the top), the onset of the current episode as a dashed vertical line, life events as coloured markers on
 * the axis with their labels spread over three rows, and a curved connector from each event linked to the onset.
 * Plain Java: every text comes through {@link PictureLabels} and is escaped; only presentation attributes, no stylesheet.
 */
public final class TimelinePicture {

    public static final int WIDTH = 800;
    public static final int HEIGHT = 322;
    static final double LEFT = 40;
    static final double RIGHT = 24;
    static final double TOP = 40;
    static final double AXIS = 222;
    static final int LABEL_ROWS = 3;
    static final double FIRST_LABEL_ROW = AXIS + 42;
    static final double LABEL_ROW_HEIGHT = 17;
    static final int LABEL_LENGTH = 28;
    /** An estimate of the width of one character of an event label (font size 11), to keep labels apart. */
    static final double CHARACTER_WIDTH = 6.1;
    /**
     * The least share of the plot's width the recent part — the course, and the year before it as far as it holds
     * the current episode's onset, events linked to it or mood ratings — gets when the years before are long.
     */
    static final double COURSE_SHARE = 0.4;
    private static final String COURSE_FILL = "#eef2ff";

    private static final Map<MoodSeverity, String> SEVERITY_FILL = Map.of(MoodSeverity.MILD, "#fde68a",
            MoodSeverity.MODERATE, "#fdba74", MoodSeverity.SEVERE, "#f87171");
    private static final Map<LifeEventType, String> EVENT_FILL = Map.of(LifeEventType.LOSS, "#111827",
            LifeEventType.CONFLICT, "#b91c1c", LifeEventType.MOVE, "#0e7490", LifeEventType.JOB, "#4d7c0f",
            LifeEventType.BIRTH, "#7e22ce", LifeEventType.ILLNESS, "#a16207", LifeEventType.RELATIONSHIP_CHANGE,
            "#be185d", LifeEventType.OTHER, "#4b5563");
    private static final String ONSET_COLOUR = "#7f1d1d";
    private static final String MOOD_COLOUR = "#1d4ed8";
    private static final String INK = "#1f2937";

    private TimelinePicture() {
    }

    public static String draw(Timeline timeline, LocalDate today, Locale locale, PictureLabels labels) {
        return draw(timeline, today, null, locale, labels);
    }

    /**
     * The timeline with the course that began on {@code courseStart} in view: when the years before it would leave
     * the recent part (the course and what led into it) less than {@link #COURSE_SHARE} of the width, the time axis is
     * broken before it and the recent part gets that share, the course shaded and named.
     */
    public static String draw(Timeline timeline, LocalDate today, @Nullable LocalDate courseStart, Locale locale,
            PictureLabels labels) {
        return new Drawing(timeline, today, courseStart, locale, labels).draw();
    }


    /** Which of the label rows each label goes to: the first row where it clears the last label, else the emptiest. */
    static int[] labelRows(double[] lefts, double[] rights, int rows) {
        double[] ends = new double[rows];
        java.util.Arrays.fill(ends, Double.NEGATIVE_INFINITY);
        int[] chosen = new int[lefts.length];
        for (int i = 0; i < lefts.length; i++) {
            int row = -1;
            for (int r = 0; r < rows; r++) {
                if (ends[r] + 6 <= lefts[i]) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                row = 0;
                for (int r = 1; r < rows; r++) {
                    if (ends[r] < ends[row]) {
                        row = r;
                    }
                }
            }
            chosen[i] = row;
            ends[row] = Math.max(ends[row], rights[i]);
        }
        return chosen;
    }

    private static final class Drawing {

        private final Timeline timeline;
        private final LocalDate today;
        private final Locale locale;
        private final PictureLabels labels;
        private final LocalDate from;
        private final LocalDate to;
        /** Where the axis breaks (the course's start), when it does. */
        private final @Nullable LocalDate courseStart;
        /** Where the axis breaks, when it does: a little before the recent part. */
        private final @Nullable LocalDate breakAt;
        private final int lastYear;
        private final StringBuilder svg = new StringBuilder(8192);

        Drawing(Timeline timeline, LocalDate today, @Nullable LocalDate courseStart, Locale locale,
                PictureLabels labels) {
            this.timeline = timeline;
            this.today = today;
            this.locale = locale;
            this.labels = labels;
            List<LocalDate> dates = new ArrayList<>();
            dates.add(today);
            timeline.events().forEach(e -> dates.add(e.when().date()));
            timeline.episodes().forEach(e -> {
                dates.add(e.entry().start().date());
                if (e.entry().end() != null) {
                    dates.add(e.entry().end().lastDay());
                }
            });
            timeline.points().forEach(p -> dates.add(p.entry().when().date()));
            LocalDate first = dates.stream().min(Comparator.naturalOrder()).orElse(today);
            LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElse(today);
            LocalDate yearsFrom = first.withDayOfYear(1);
            LocalDate yearsTo = last.withDayOfYear(1).plusYears(1);
            LocalDate recent = courseStart == null ? null : recentFrom(timeline, courseStart);
            boolean squeezed = recent != null && recent.isAfter(yearsFrom) && !courseStart.isAfter(last)
                    && ChronoUnit.DAYS.between(recent, yearsTo)
                            < COURSE_SHARE * ChronoUnit.DAYS.between(yearsFrom, yearsTo);
            this.courseStart = squeezed ? courseStart : null;
            this.breakAt = squeezed ? recent : null;
            this.lastYear = last.getYear();
            this.from = yearsFrom;
            this.to = squeezed ? last.plusDays(Math.max(7, ChronoUnit.DAYS.between(recent, last) / 10)) : yearsTo;
        }

        /**
         * Where the recent part begins: a week before the earliest of the course's start and, within the year before
         * it, the current episode's onset, the events linked to the onset and the mood ratings.
         */
        private static LocalDate recentFrom(Timeline timeline, LocalDate courseStart) {
            LocalDate yearBefore = courseStart.minusYears(1);
            List<LocalDate> leadingIn = new ArrayList<>();
            leadingIn.add(courseStart);
            timeline.onset().map(ApproximateDate::date).ifPresent(leadingIn::add);
            timeline.events().stream().filter(e -> e.entry().linkedToOnset()).map(e -> e.when().date())
                    .forEach(leadingIn::add);
            timeline.points().stream().map(p -> p.entry().when().date()).forEach(leadingIn::add);
            return leadingIn.stream().filter(date -> !date.isBefore(yearBefore)).min(Comparator.naturalOrder())
                    .orElse(courseStart).minusDays(7);
        }

        String draw() {
            Svg.open(svg, WIDTH, HEIGHT, "timeline", text("timeline.picture.title"), description());
            svg.append("<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                    .append("\" fill=\"#ffffff\"/>");
            legend();
            scale();
            courseWindow();
            episodes();
            years();
            moodLine();
            onset();
            events();
            if (timeline.isEmpty()) {
                svg.append("<text data-kind=\"empty\" x=\"").append(Svg.number(WIDTH / 2.0)).append("\" y=\"")
                        .append(Svg.number((TOP + AXIS) / 2)).append("\" text-anchor=\"middle\" fill=\"").append(INK)
                        .append("\" font-size=\"14\">").append(Xml.escape(text("timeline.picture.empty")))
                        .append("</text>");
            }
            return svg.append("</svg>").toString();
        }

        private String description() {
            if (timeline.isEmpty()) {
                return text("timeline.picture.empty");
            }
            String summary = text("timeline.picture.desc", timeline.events().size(), timeline.episodes().size(),
                    timeline.points().size(), String.valueOf(from.getYear()), String.valueOf(lastYear));
            Optional<ApproximateDate> onset = timeline.onset();
            long linked = timeline.events().stream().filter(e -> e.entry().linkedToOnset()).count();
            return summary + " " + (onset.isPresent()
                    ? text("timeline.picture.desc.onset", onset.get().display(locale), linked)
                    : text("timeline.picture.desc.noOnset"));
        }

        private void legend() {
            double x = LEFT;
            double y = 16;
            svg.append("<g data-kind=\"legend\" font-size=\"11\" fill=\"").append(INK).append("\">");
            svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(Svg.number(y - 4)).append("\" x2=\"")
                    .append(Svg.number(x + 16)).append("\" y2=\"").append(Svg.number(y - 4)).append("\" stroke=\"")
                    .append(MOOD_COLOUR).append("\" stroke-width=\"2\"/>");
            x = legendText(x + 20, y, text("timeline.picture.legend.mood"));
            for (MoodSeverity severity : MoodSeverity.values()) {
                svg.append("<rect x=\"").append(Svg.number(x)).append("\" y=\"").append(Svg.number(y - 10))
                        .append("\" width=\"12\" height=\"12\" fill=\"").append(SEVERITY_FILL.get(severity))
                        .append("\" stroke=\"#9ca3af\"/>");
                x = legendText(x + 16, y, text("timeline.severity." + severity));
            }
            svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(Svg.number(y - 12)).append("\" x2=\"")
                    .append(Svg.number(x)).append("\" y2=\"").append(Svg.number(y + 2)).append("\" stroke=\"")
                    .append(ONSET_COLOUR).append("\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>");
            legendText(x + 6, y, text("timeline.picture.onset"));
            svg.append("</g>");
        }

        private double legendText(double x, double y, String label) {
            svg.append("<text x=\"").append(Svg.number(x)).append("\" y=\"").append(Svg.number(y)).append("\">")
                    .append(Xml.escape(label)).append("</text>");
            return x + label.length() * CHARACTER_WIDTH + 16;
        }

        /** The mood scale at the left: 10 at the top, 0 at the axis, a faint line at 5. */
        private void scale() {
            svg.append("<g data-kind=\"scale\" font-size=\"10\" fill=\"#4b5563\" text-anchor=\"end\">");
            for (int rating : new int[] { 0, 5, 10 }) {
                double y = moodY(rating);
                svg.append("<text x=\"").append(Svg.number(LEFT - 6)).append("\" y=\"").append(Svg.number(y + 3))
                        .append("\">").append(rating).append("</text>");
                if (rating == 5 || rating == 10) {
                    svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(y))
                            .append("\" x2=\"").append(Svg.number(WIDTH - RIGHT)).append("\" y2=\"").append(Svg.number(y))
                            .append("\" stroke=\"#e5e7eb\" stroke-width=\"1\"/>");
                }
            }
            svg.append("</g>");
        }

        private void episodes() {
            for (MoodEpisode episode : timeline.episodes()) {
                MoodEpisodeEntry entry = episode.entry();
                double start = x(entry.start().date());
                ApproximateDate end = entry.end();
                double stop = Math.max(start + 3, x(end == null ? today : end.lastDay()));
                String severity = text("timeline.severity." + entry.severity());
                String period = entry.start().display(locale) + " – "
                        + (end == null ? text("timeline.ongoing") : end.display(locale));
                svg.append("<g data-kind=\"episode\"><rect x=\"").append(Svg.number(start)).append("\" y=\"")
                        .append(Svg.number(TOP)).append("\" width=\"").append(Svg.number(stop - start)).append("\" height=\"")
                        .append(Svg.number(AXIS - TOP)).append("\" fill=\"").append(SEVERITY_FILL.get(entry.severity()))
                        .append("\" fill-opacity=\"0.55\" stroke=\"#9ca3af\" stroke-width=\"0.5\">");
                Svg.element(svg, "title", "", text("timeline.picture.episode", severity, period));
                svg.append("</rect>");
                if (stop - start >= severity.length() * CHARACTER_WIDTH + 8) {
                    svg.append("<text x=\"").append(Svg.number(start + 4)).append("\" y=\"").append(Svg.number(TOP + 13))
                            .append("\" font-size=\"11\" fill=\"").append(INK).append("\">").append(Xml.escape(severity))
                            .append("</text>");
                }
                svg.append("</g>");
            }
        }

        /** A broken axis: the break marked on the axis, the course shaded and named above the plot. */
        private void courseWindow() {
            if (breakAt == null || courseStart == null) {
                return;
            }
            double start = x(courseStart);
            double gap = x(breakAt);
            svg.append("<g data-kind=\"course\"><rect x=\"").append(Svg.number(start)).append("\" y=\"")
                    .append(Svg.number(TOP)).append("\" width=\"").append(Svg.number(WIDTH - RIGHT - start))
                    .append("\" height=\"").append(Svg.number(AXIS - TOP)).append("\" fill=\"").append(COURSE_FILL)
                    .append("\"/>");
            String name = text("timeline.picture.course", dates().inWords(courseStart));
            boolean roomOnTheRight = start + name.length() * CHARACTER_WIDTH < WIDTH - RIGHT;
            svg.append("<text x=\"").append(Svg.number(roomOnTheRight ? start : WIDTH - RIGHT)).append("\" y=\"")
                    .append(Svg.number(TOP - 5)).append("\" font-size=\"11\" fill=\"").append(INK)
                    .append("\" text-anchor=\"").append(roomOnTheRight ? "start" : "end").append("\">")
                    .append(Xml.escape(name)).append("</text>");
            for (double offset : new double[] { -4, 1 }) {
                svg.append("<line x1=\"").append(Svg.number(gap + offset)).append("\" y1=\"")
                        .append(Svg.number(AXIS + 5)).append("\" x2=\"").append(Svg.number(gap + offset + 3))
                        .append("\" y2=\"").append(Svg.number(AXIS - 5)).append("\" stroke=\"").append(INK)
                        .append("\" stroke-width=\"1.5\"/>");
            }
            svg.append("</g>");
        }

        private PageDates dates() {
            return new PageDates(ZoneOffset.UTC, locale);
        }

        /** The axis with a tick at the start of each year (every few years on a long timeline), labelled. */
        private void years() {
            svg.append("<g data-kind=\"axis\" fill=\"").append(INK).append("\" font-size=\"11\">");
            svg.append("<line x1=\"").append(Svg.number(LEFT)).append("\" y1=\"").append(Svg.number(AXIS)).append("\" x2=\"")
                    .append(Svg.number(WIDTH - RIGHT)).append("\" y2=\"").append(Svg.number(AXIS)).append("\" stroke=\"")
                    .append(INK).append("\" stroke-width=\"1.5\"/>");
            int years = to.getYear() - from.getYear();
            int step = Math.max(1, (int) Math.ceil(years / 10.0));
            for (int year = from.getYear(); year <= to.getYear() && !LocalDate.of(year, 1, 1).isAfter(to);
                    year += step) {
                double x = x(LocalDate.of(year, 1, 1));
                svg.append("<line x1=\"").append(Svg.number(x)).append("\" y1=\"").append(Svg.number(AXIS))
                        .append("\" x2=\"").append(Svg.number(x)).append("\" y2=\"").append(Svg.number(AXIS + 7))
                        .append("\" stroke=\"").append(INK).append("\" stroke-width=\"1\"/>");
                if (year <= lastYear) {
                    svg.append("<text x=\"").append(Svg.number(x + 4)).append("\" y=\"").append(Svg.number(AXIS + 19))
                            .append("\">").append(year).append("</text>");
                }
            }
            svg.append("</g>");
        }

        private void moodLine() {
            List<MoodPoint> points = timeline.points();
            if (points.isEmpty()) {
                return;
            }
            svg.append("<g data-kind=\"mood\">");
            if (points.size() > 1) {
                svg.append("<polyline fill=\"none\" stroke=\"").append(MOOD_COLOUR)
                        .append("\" stroke-width=\"2\" points=\"");
                for (MoodPoint point : points) {
                    svg.append(Svg.number(x(middle(point.entry().when())))).append(',')
                            .append(Svg.number(moodY(point.entry().rating()))).append(' ');
                }
                svg.setLength(svg.length() - 1);
                svg.append("\"/>");
            }
            for (MoodPoint point : points) {
                svg.append("<circle cx=\"").append(Svg.number(x(middle(point.entry().when())))).append("\" cy=\"")
                        .append(Svg.number(moodY(point.entry().rating()))).append("\" r=\"3.5\" fill=\"")
                        .append(MOOD_COLOUR).append("\">");
                Svg.element(svg, "title", "", text("timeline.picture.point", point.entry().rating(),
                        point.entry().when().display(locale)));
                svg.append("</circle>");
            }
            svg.append("</g>");
        }

        private void onset() {
            Optional<ApproximateDate> onset = timeline.onset();
            if (onset.isEmpty()) {
                return;
            }
            double x = x(onset.get().date());
            String label = text("timeline.picture.onset");
            svg.append("<g data-kind=\"onset\"><line x1=\"").append(Svg.number(x)).append("\" y1=\"")
                    .append(Svg.number(TOP - 4)).append("\" x2=\"").append(Svg.number(x)).append("\" y2=\"")
                    .append(Svg.number(AXIS)).append("\" stroke=\"").append(ONSET_COLOUR)
                    .append("\" stroke-width=\"2.5\" stroke-dasharray=\"6 3\">");
            Svg.element(svg, "title", "", text("timeline.picture.onsetOn", onset.get().display(locale)));
            svg.append("</line>");
            boolean roomOnTheRight = x + label.length() * CHARACTER_WIDTH + 8 < WIDTH - RIGHT;
            svg.append("<text x=\"").append(Svg.number(roomOnTheRight ? x + 5 : x - 5)).append("\" y=\"")
                    .append(Svg.number(TOP + 28)).append("\" text-anchor=\"").append(roomOnTheRight ? "start" : "end")
                    .append("\" font-weight=\"bold\" fill=\"").append(ONSET_COLOUR).append("\">")
                    .append(Xml.escape(label)).append("</text></g>");
        }

        private void events() {
            List<LifeEvent> events = timeline.events();
            if (events.isEmpty()) {
                return;
            }
            int count = events.size();
            double[] xs = new double[count];
            String[] texts = new String[count];
            String[] anchors = new String[count];
            double[] lefts = new double[count];
            double[] rights = new double[count];
            for (int i = 0; i < count; i++) {
                LifeEvent event = events.get(i);
                xs[i] = x(middle(event.when()));
                texts[i] = Svg.shorten(text("timeline.type." + event.entry().type()) + ": "
                        + event.entry().description(), LABEL_LENGTH);
                double width = texts[i].length() * CHARACTER_WIDTH;
                if (xs[i] - width / 2 < 2) {
                    anchors[i] = "start";
                    lefts[i] = xs[i] - 4;
                }
                else if (xs[i] + width / 2 > WIDTH - 2) {
                    anchors[i] = "end";
                    lefts[i] = xs[i] - width;
                }
                else {
                    anchors[i] = "middle";
                    lefts[i] = xs[i] - width / 2;
                }
                rights[i] = lefts[i] + width;
            }
            int[] rows = labelRows(lefts, rights, LABEL_ROWS);
            Optional<ApproximateDate> onset = timeline.onset();
            svg.append("<g data-kind=\"events\">");
            for (int i = 0; i < count; i++) {
                LifeEvent event = events.get(i);
                LifeEventEntry entry = event.entry();
                if (entry.linkedToOnset() && onset.isPresent()) {
                    connector(xs[i], x(onset.get().date()), entry);
                }
            }
            for (int i = 0; i < count; i++) {
                LifeEvent event = events.get(i);
                LifeEventEntry entry = event.entry();
                double rowY = FIRST_LABEL_ROW + rows[i] * LABEL_ROW_HEIGHT;
                String fill = EVENT_FILL.get(entry.type());
                svg.append("<g data-kind=\"event\" data-type=\"").append(entry.type()).append("\">");
                svg.append("<line x1=\"").append(Svg.number(xs[i])).append("\" y1=\"").append(Svg.number(AXIS + 7))
                        .append("\" x2=\"").append(Svg.number(xs[i])).append("\" y2=\"").append(Svg.number(rowY - 11))
                        .append("\" stroke=\"").append(fill).append("\" stroke-width=\"1\"/>");
                marker(entry.type(), xs[i], fill);
                svg.append("<text x=\"").append(Svg.number(xs[i])).append("\" y=\"").append(Svg.number(rowY))
                        .append("\" text-anchor=\"").append(anchors[i]).append("\" font-size=\"11\" fill=\"")
                        .append(INK).append("\">");
                Svg.element(svg, "title", "", text("timeline.picture.event", text("timeline.type." + entry.type()),
                        event.when().display(locale), entry.description()));
                svg.append(Xml.escape(texts[i])).append("</text></g>");
            }
            svg.append("</g>");
        }

        /** A marker on the axis whose shape, as well as its colour, tells losses and conflicts from other events. */
        private void marker(LifeEventType type, double x, String fill) {
            double y = AXIS;
            switch (type) {
                case LOSS, CONFLICT -> svg.append("<rect x=\"").append(Svg.number(x - 6)).append("\" y=\"")
                        .append(Svg.number(y - 6)).append("\" width=\"12\" height=\"12\" transform=\"rotate(45 ")
                        .append(Svg.number(x)).append(' ').append(Svg.number(y)).append(")\" fill=\"").append(fill)
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
                default -> svg.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"").append(Svg.number(y))
                        .append("\" r=\"6.5\" fill=\"").append(fill)
                        .append("\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>");
            }
        }

        /** A curve from the event up to the onset line, ending in a dot on it. */
        private void connector(double eventX, double onsetX, LifeEventEntry entry) {
            double endY = AXIS - 44;
            double controlY = AXIS - 80;
            svg.append("<g data-kind=\"onset-link\"><path d=\"M ").append(Svg.number(eventX)).append(' ')
                    .append(Svg.number(AXIS - 8)).append(" Q ").append(Svg.number((eventX + onsetX) / 2)).append(' ')
                    .append(Svg.number(controlY)).append(' ').append(Svg.number(onsetX)).append(' ').append(Svg.number(endY))
                    .append("\" fill=\"none\" stroke=\"").append(ONSET_COLOUR).append("\" stroke-width=\"1.8\">");
            Svg.element(svg, "title", "", text("timeline.picture.link", Svg.shorten(entry.description(), LABEL_LENGTH)));
            svg.append("</path><circle cx=\"").append(Svg.number(onsetX)).append("\" cy=\"").append(Svg.number(endY))
                    .append("\" r=\"3.5\" fill=\"").append(ONSET_COLOUR).append("\"/></g>");
        }


        private String text(String key, Object... arguments) {
            return labels.text(key, arguments);
        }

        /** Where a day sits: one scale over the whole picture, or two either side of a broken axis. */
        private double x(LocalDate date) {
            double plot = WIDTH - LEFT - RIGHT;
            if (breakAt == null) {
                return LEFT + plot * fraction(from, to, date);
            }
            double before = plot * (1 - COURSE_SHARE);
            return date.isBefore(breakAt) ? LEFT + before * fraction(from, breakAt, date)
                    : LEFT + before + plot * COURSE_SHARE * fraction(breakAt, to, date);
        }

        private static double fraction(LocalDate start, LocalDate end, LocalDate date) {
            double span = Math.max(1, ChronoUnit.DAYS.between(start, end));
            return Math.max(0, Math.min(1, ChronoUnit.DAYS.between(start, date) / span));
        }

        private static LocalDate middle(ApproximateDate date) {
            return date.date().plusDays(ChronoUnit.DAYS.between(date.date(), date.lastDay()) / 2);
        }

        private static double moodY(int rating) {
            return AXIS - (AXIS - TOP - 8) * rating / 10.0;
        }

    }
}
