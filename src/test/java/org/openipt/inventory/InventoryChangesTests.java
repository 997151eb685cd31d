package org.openipt.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openipt.inventory.PersonChange.Kind;

class InventoryChangesTests {

    @Test
    void aPersonWhoMovedRingsIsChangedAndMovedCloserOrFurther() {
        Relationship sister = ClosenessCircleTests.person("Ana", ClosenessRing.OUTER);
        Relationship partner = ClosenessCircleTests.person("Ben", ClosenessRing.INNER);

        List<PersonChange> changes = InventoryChanges.between(List.of(sister, partner),
                List.of(moved(sister, ClosenessRing.MIDDLE), moved(partner, ClosenessRing.OUTER)));

        assertThat(changes).extracting(PersonChange::kind).containsExactly(Kind.CHANGED, Kind.CHANGED);
        assertThat(changes.get(0).ringMoved()).isTrue();
        assertThat(changes.get(0).ringsCloser()).isEqualTo(1);
        assertThat(changes.get(1).ringsCloser()).isEqualTo(-2);
        assertThat(changes).allSatisfy(change -> assertThat(change.changedFields()).isEmpty());
    }

    @Test
    void addedRemovedAndUnchangedPeopleAreTold() {
        Relationship kept = ClosenessCircleTests.person("Kept", ClosenessRing.MIDDLE);
        Relationship gone = ClosenessCircleTests.person("Gone", ClosenessRing.OUTER);
        Relationship newcomer = ClosenessCircleTests.person("New", ClosenessRing.INNER);

        List<PersonChange> changes = InventoryChanges.between(List.of(kept, gone), List.of(newcomer, kept));

        assertThat(changes).extracting(PersonChange::alias, PersonChange::kind).containsExactly(
                tuple("New", Kind.ADDED),
                tuple("Kept", Kind.UNCHANGED),
                tuple("Gone", Kind.REMOVED));
        assertThat(changes.get(0).ringAtIntake()).isNull();
        assertThat(changes.get(0).ringNow()).isEqualTo(ClosenessRing.INNER);
        assertThat(changes.get(2).ringAtIntake()).isEqualTo(ClosenessRing.OUTER);
        assertThat(changes.get(2).ringNow()).isNull();
        assertThat(changes.get(1).ringMoved()).isFalse();
    }

    @Test
    void changedDetailsAreNamedAndTheSamePersonIsFollowedThroughARename() {
        Relationship mother = ClosenessCircleTests.person("Mum", ClosenessRing.MIDDLE);
        RelationshipFields f = mother.fields();
        RelationshipFields later = new RelationshipFields("Mother", f.role(), f.ring(), "Calls every Sunday",
                f.satisfying(), f.unsatisfying(), f.discussable(), Answer.YES, f.clientExpectations(),
                f.otherExpectations(), f.expectationsMet(), f.conflicts(), f.knowsAboutDepression(),
                f.wishesToChange(), f.changedNearOnset(), f.onsetChange(), f.deceased(), f.deceasedWhen());

        List<PersonChange> changes = InventoryChanges.between(List.of(mother),
                List.of(new Relationship(mother.id(), later, 3)));

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.CHANGED);
            assertThat(change.alias()).isEqualTo("Mother");
            assertThat(change.ringMoved()).isFalse();
            assertThat(change.changedFields()).containsExactly("alias", "contact", "confiding");
        });
    }

    @Test
    void blankTextCountsAsNoAnswerSoSavingAnEmptyFieldChangesNothing() {
        RelationshipFields empty = RelationshipFields.of("Sam", RelationshipRole.FRIEND, ClosenessRing.OUTER);
        RelationshipFields blank = new RelationshipFields(" Sam ", RelationshipRole.FRIEND, ClosenessRing.OUTER, "  ",
                null, "", null, Answer.UNKNOWN, null, null, Answer.UNKNOWN, null, Answer.UNKNOWN, null,
                Answer.UNKNOWN, null, false, "last spring");

        assertThat(blank.differencesFrom(empty)).isEmpty();
        assertThat(blank.deceasedWhen()).as("a date of death only for someone who died").isNull();
    }

    private static Relationship moved(Relationship person, ClosenessRing ring) {
        return new Relationship(person.id(), person.fields().withRing(ring), person.version() + 1);
    }
}
