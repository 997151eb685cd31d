package org.openipt.supervision.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.openipt.shared.svg.Svg;
import org.openipt.supervision.FidelityRating;
import org.openipt.supervision.Rater;

/**
 * A counsellor's fidelity over time as an SVG line chart: the supervisor's ratings as a solid line with filled
 * circles, the counsellor's own as a dashed line with open squares (told apart without colour), 0–100 %. The page
 * shows the same numbers in a table. Pure.
 */
public final class FidelityChart {

    /** The desktop width and the phone width (the page shows one of the two, as the trajectory charts do). */
    public static final int WIDE = 640;
    public static final int NARROW = 360;
    static final int HEIGHT = 280;
    static final int LEFT = 48;
    static final int RIGHT = 24;
    static final int TOP = 16;
    static final int BOTTOM = 64;

    /** Labels in the reader's language: title, description, the two series' names, the axis name. */
    public record Labels(String title, String description, String supervisor, String self, String axis) {
    }

    private FidelityChart() {
    }

    public static String draw(List<FidelityRating> ratings, ZoneId zone, Labels labels, int width) {
        StringBuilder svg = new StringBuilder();
        Svg.open(svg, width, HEIGHT, "fidelity-chart-" + width, labels.title(), labels.description());
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (int percent = 0; percent <= 100; percent += 25) {
            double y = TOP + plotHeight * (1 - percent / 100.0);
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(width - RIGHT).append("\" y1=\"")
                    .append(Svg.number(y)).append("\" y2=\"").append(Svg.number(y))
                    .append("\" stroke=\"#d0d0d0\" stroke-width=\"1\"/>");
            Svg.element(svg, "text", "x=\"" + (LEFT - 6) + "\" y=\"" + Svg.number(y + 4) + "\" text-anchor=\"end\"",
                    percent + " %");
        }
        int axisY = TOP + (int) plotHeight;
        if (!ratings.isEmpty()) {
            LocalDate first = day(ratings.getFirst(), zone);
            LocalDate last = day(ratings.getLast(), zone);
            long span = Math.max(1, last.toEpochDay() - first.toEpochDay());
            Svg.element(svg, "text", "x=\"" + LEFT + "\" y=\"" + (axisY + 16) + "\"", first.toString());
            if (!last.equals(first)) {
                Svg.element(svg, "text", "x=\"" + (width - RIGHT) + "\" y=\"" + (axisY + 16)
                        + "\" text-anchor=\"end\"", last.toString());
            }
            series(svg, ratings, Rater.SUPERVISOR, first, span, zone, plotWidth, plotHeight, "", true);
            series(svg, ratings, Rater.SELF, first, span, zone, plotWidth, plotHeight, " stroke-dasharray=\"6 4\"",
                    false);
            legend(svg, axisY + 36, labels.supervisor(), true);
            legend(svg, axisY + 54, labels.self(), false);
        }
        Svg.element(svg, "text", "x=\"" + (LEFT + plotWidth / 2) + "\" y=\"" + (axisY + 16)
                + "\" text-anchor=\"middle\"", labels.axis());
        return svg.append("</svg>").toString();
    }

    private static void series(StringBuilder svg, List<FidelityRating> ratings, Rater rater, LocalDate first,
            long span, ZoneId zone, double plotWidth, double plotHeight, String dash, boolean filled) {
        List<FidelityRating> mine = ratings.stream().filter(r -> r.rater() == rater).toList();
        StringBuilder points = new StringBuilder();
        for (FidelityRating rating : mine) {
            double x = LEFT + plotWidth * (day(rating, zone).toEpochDay() - first.toEpochDay()) / span;
            double y = TOP + plotHeight * (1 - rating.percent() / 100.0);
            points.append(Svg.number(x)).append(',').append(Svg.number(y)).append(' ');
            if (filled) {
                svg.append("<circle cx=\"").append(Svg.number(x)).append("\" cy=\"").append(Svg.number(y))
                        .append("\" r=\"4\" fill=\"#1d4f91\"/>");
            }
            else {
                svg.append("<rect x=\"").append(Svg.number(x - 4)).append("\" y=\"").append(Svg.number(y - 4))
                        .append("\" width=\"8\" height=\"8\" fill=\"#ffffff\" stroke=\"#6b3a00\" stroke-width=\"2\"/>");
            }
        }
        if (mine.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"").append(filled ? "#1d4f91" : "#6b3a00")
                    .append("\" stroke-width=\"2\"").append(dash).append(" points=\"").append(points.toString().strip())
                    .append("\"/>");
        }
    }

    private static void legend(StringBuilder svg, int y, String label, boolean supervisor) {
        svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + 28).append("\" y1=\"").append(y - 4)
                .append("\" y2=\"").append(y - 4).append("\" stroke=\"").append(supervisor ? "#1d4f91" : "#6b3a00")
                .append("\" stroke-width=\"2\"").append(supervisor ? "" : " stroke-dasharray=\"6 4\"").append("/>");
        Svg.element(svg, "text", "x=\"" + (LEFT + 36) + "\" y=\"" + y + "\"", label);
    }

    private static LocalDate day(FidelityRating rating, ZoneId zone) {
        return rating.ratedAt().atZone(zone).toLocalDate();
    }
}
