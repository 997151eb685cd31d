package org.openipt.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.openipt.inventory.internal.ClosenessCirclePicture;

class ClosenessCircleTests {

    @Test
    void everyPersonIsDrawnInsideTheBandOfTheirRing() {
        List<Relationship> people = IntStream.range(0, 12)
                .mapToObj(i -> person("Person " + i, ClosenessRing.values()[i % 3])).toList();

        List<ClosenessCircle.Point> points = ClosenessCircle.layout(people);

        assertThat(points).hasSize(12);
        for (ClosenessCircle.Point point : points) {
            double distance = Math.hypot(point.x() - ClosenessCircle.CENTRE, point.y() - ClosenessCircle.CENTRE);
            assertThat(distance).as(point.label()).isGreaterThan(ClosenessCircle.innerRadius(point.ring()))
                    .isLessThan(ClosenessCircle.outerRadius(point.ring()));
        }
    }

    @Test
    void theRingsAreConcentricAndGrowOutwards() {
        assertThat(ClosenessCircle.innerRadius(ClosenessRing.INNER)).isZero();
        assertThat(ClosenessCircle.outerRadius(ClosenessRing.INNER))
                .isEqualTo(ClosenessCircle.innerRadius(ClosenessRing.MIDDLE))
                .isLessThan(ClosenessCircle.outerRadius(ClosenessRing.MIDDLE));
        assertThat(ClosenessCircle.outerRadius(ClosenessRing.OUTER)).isLessThanOrEqualTo(ClosenessCircle.CENTRE);
    }

    @Test
    void theFirstPersonOfTheInnerRingStandsAboveTheClientAndOthersAreSpreadEvenly() {
        List<ClosenessCircle.Point> points = ClosenessCircle.layout(List.of(person("A", ClosenessRing.INNER),
                person("B", ClosenessRing.INNER), person("C", ClosenessRing.INNER), person("D", ClosenessRing.INNER)));

        assertThat(points.getFirst().x()).isCloseTo(ClosenessCircle.CENTRE, within(0.1));
        assertThat(points.getFirst().y()).isLessThan(ClosenessCircle.CENTRE);
        assertThat(points.get(2).x()).as("opposite the first").isCloseTo(ClosenessCircle.CENTRE, within(0.1));
        assertThat(points.get(2).y()).isGreaterThan(ClosenessCircle.CENTRE);
        assertThat(points).extracting(p -> p.x() + "," + p.y()).doesNotHaveDuplicates();
    }

    @Test
    void pointsKeepTheOrderOfThePeopleAndLabelsPointAwayFromTheCentre() {
        Relationship outer = person("Outer", ClosenessRing.OUTER);
        Relationship inner = person("Inner", ClosenessRing.INNER);
        Relationship left = person("Left", ClosenessRing.MIDDLE);
        Relationship right = person("Right", ClosenessRing.MIDDLE);

        List<ClosenessCircle.Point> points = ClosenessCircle.layout(List.of(outer, inner, left, right));

        assertThat(points).extracting(ClosenessCircle.Point::id).containsExactly(outer.id(), inner.id(), left.id(),
                right.id());
        for (ClosenessCircle.Point point : points) {
            if (point.anchor().equals("start")) {
                assertThat(point.labelX()).isGreaterThan(point.x());
                assertThat(point.x()).isGreaterThanOrEqualTo(ClosenessCircle.CENTRE - 0.1);
            }
            else {
                assertThat(point.anchor()).isEqualTo("end");
                assertThat(point.labelX()).isLessThan(point.x());
                assertThat(point.x()).isLessThan(ClosenessCircle.CENTRE);
            }
        }
    }

    @Test
    void longNamesAreShortenedOnTheCircleOnly() {
        Relationship person = person("Great-aunt Margarethe from Hamburg", ClosenessRing.OUTER);

        ClosenessCircle.Point point = ClosenessCircle.layout(List.of(person)).getFirst();

        assertThat(point.label()).hasSizeLessThanOrEqualTo(ClosenessCircle.LABEL_LENGTH).endsWith("…");
        assertThat(person.alias()).isEqualTo("Great-aunt Margarethe from Hamburg");
        assertThat(ClosenessCircle.layout(List.of())).isEmpty();
    }

    @Test
    void thePictureIsSelfContainedAndEscapesEveryText() {
        List<Relationship> people = List.of(person("<script>alert(1)</script>", ClosenessRing.INNER),
                person("Tom & \"Jo\"", ClosenessRing.OUTER));

        String svg = ClosenessCirclePicture.draw(people, (key, arguments) -> switch (key) {
            case "inventory.circle.title" -> "Circle <1>";
            case "inventory.circle.desc" -> "Rings & people: " + arguments[0] + "/" + arguments[1] + "/" + arguments[2];
            default -> "Client";
        });

        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
                .contains("<title>Circle &lt;1&gt;</title>", "<desc>Rings &amp; people: 1/0/1</desc>")
                .contains("&lt;script&gt;", "Tom &amp; &quot;Jo&quot;")
                .doesNotContain("<script", "style=");
        assertThat(svg.split("<circle", -1)).as("three rings, the client and two people").hasSize(1 + 3 + 1 + 2);
    }

    static Relationship person(String alias, ClosenessRing ring) {
        return new Relationship(new RelationshipId(UUID.randomUUID()),
                RelationshipFields.of(alias, RelationshipRole.FRIEND, ring), 0);
    }
}
