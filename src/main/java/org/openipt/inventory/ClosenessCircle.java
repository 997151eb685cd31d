package org.openipt.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The geometry of the closeness circle: three concentric rings around the client, and a point for each person in
 * the band of their ring, spread evenly around it. Plain Java; the page draws the result as SVG.
 */
public final class ClosenessCircle {

    /** The drawing is a square of this size, in SVG user units. */
    public static final int SIZE = 440;
    public static final double CENTRE = SIZE / 2.0;
    /** The outer edge of rings 1, 2 and 3. */
    public static final double[] RING_RADII = { 70, 135, 200 };
    public static final int LABEL_LENGTH = 14;
    /** The drawing plus room beside it for the labels of the outer ring. */
    public static final String VIEW_BOX = "-110 -10 660 460";

    private static final double LABEL_GAP = 9;

    private ClosenessCircle() {
    }

    /** One person drawn on the circle, with where the label goes and which way it runs. */
    public record Point(RelationshipId id, String label, ClosenessRing ring, double x, double y, double labelX,
            double labelY, String anchor) {
    }

    /** The outer edge of a ring. */
    public static double outerRadius(ClosenessRing ring) {
        return RING_RADII[ring.number() - 1];
    }

    /** The inner edge of a ring (0 for the innermost). */
    public static double innerRadius(ClosenessRing ring) {
        return ring.number() == 1 ? 0 : RING_RADII[ring.number() - 2];
    }

    /** Where each person is drawn, in the order given. */
    public static List<Point> layout(List<Relationship> people) {
        Map<ClosenessRing, List<Relationship>> byRing = new TreeMap<>();
        people.forEach(person -> byRing.computeIfAbsent(person.ring(), ring -> new ArrayList<>()).add(person));
        List<Point> points = new ArrayList<>();
        byRing.forEach((ring, inRing) -> {
            // ring 1: keep clear of the client's label in the centre
            double radius = ring.number() == 1 ? outerRadius(ring) * 0.7
                    : (innerRadius(ring) + outerRadius(ring)) / 2;
            // each ring starts a little further round, so that labels of neighbouring rings do not stack
            double start = -90 + (ring.number() - 1) * 20;
            for (int i = 0; i < inRing.size(); i++) {
                double angle = Math.toRadians(start + 360.0 * i / inRing.size());
                double x = CENTRE + radius * Math.cos(angle);
                double y = CENTRE + radius * Math.sin(angle);
                boolean right = Math.cos(angle) >= -1e-9;
                points.add(new Point(inRing.get(i).id(), label(inRing.get(i).alias()), ring, round(x), round(y),
                        round(x + (right ? LABEL_GAP : -LABEL_GAP)), round(y + 7), right ? "start" : "end"));
            }
        });
        List<Point> ordered = new ArrayList<>();
        people.forEach(person -> points.stream().filter(p -> p.id().equals(person.id())).findFirst()
                .ifPresent(ordered::add));
        return ordered;
    }

    static String label(String alias) {
        return alias.length() <= LABEL_LENGTH ? alias : alias.substring(0, LABEL_LENGTH - 1).strip() + "…";
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
