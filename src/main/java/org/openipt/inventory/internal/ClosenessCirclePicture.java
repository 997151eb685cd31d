package org.openipt.inventory.internal;

import java.util.List;
import java.util.Locale;

import org.openipt.inventory.ClosenessCircle;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.Relationship;
import org.openipt.shared.Xml;
import org.openipt.shared.svg.PictureLabels;
import org.openipt.shared.svg.Svg;

/**
 * The closeness circle as a self-contained SVG document drawn from {@link ClosenessCircle}'s geometry: the same
 * picture on the inventory page, in print and in the discharge summary's PDF, so its colours are written inline
 * rather than taken from the page's stylesheet. Every text is escaped.
 */
public final class ClosenessCirclePicture {

    /** Width and height the picture takes in a document, in CSS pixels (a page scales it down with its width). */
    static final int WIDTH = 480;
    static final int HEIGHT = 335;

    private static final String[] RING_FILLS = { "#d9e3f0", "#e8eef6", "#f6f8fb" };
    private static final String INK = "#1f2933";
    private static final String MUTED = "#52606d";
    private static final String ACCENT = "#1d5fa8";

    private ClosenessCirclePicture() {
    }

    public static String draw(List<Relationship> people, PictureLabels labels) {
        StringBuilder svg = new StringBuilder(2048);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"closeness-circle\" width=\"")
                .append(WIDTH).append("\" height=\"").append(HEIGHT).append("\" viewBox=\"")
                .append(ClosenessCircle.VIEW_BOX).append("\" preserveAspectRatio=\"xMidYMid meet\"")
                .append(" font-family=\"").append(Svg.FONT_FAMILY).append("\">");
        Svg.element(svg, "title", "", labels.text("inventory.circle.title"));
        Svg.element(svg, "desc", "", labels.text("inventory.circle.desc", countIn(people, ClosenessRing.INNER),
                countIn(people, ClosenessRing.MIDDLE), countIn(people, ClosenessRing.OUTER)));
        double centre = ClosenessCircle.CENTRE;
        for (int ring = ClosenessCircle.RING_RADII.length - 1; ring >= 0; ring--) {
            svg.append(String.format(Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"%s\" stroke=\"%s\" stroke-width=\"1.5\"/>",
                    centre, centre, ClosenessCircle.RING_RADII[ring], RING_FILLS[ring], MUTED));
        }
        for (int ring = 0; ring < ClosenessCircle.RING_RADII.length; ring++) {
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"16\" fill=\"%s\">%d</text>",
                    centre, centre + ClosenessCircle.RING_RADII[ring] - 8, MUTED, ring + 1));
        }
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>", centre, centre,
                INK));
        svg.append(String.format(Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"20\" font-weight=\"bold\" fill=\"%s\">",
                centre, centre + 28, INK)).append(Xml.escape(labels.text("inventory.circle.client"))).append("</text>");
        for (ClosenessCircle.Point point : ClosenessCircle.layout(people)) {
            svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"7\" fill=\"%s\"/>", point.x(),
                    point.y(), ACCENT));
            svg.append(String.format(Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"20\" fill=\"%s\">", point.labelX(),
                    point.labelY(), Xml.escape(point.anchor()), INK)).append(Xml.escape(point.label()))
                    .append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static long countIn(List<Relationship> people, ClosenessRing ring) {
        return people.stream().filter(person -> person.ring() == ring).count();
    }
}
