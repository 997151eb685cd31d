package org.openipt.inventory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the intake version of an inventory with the current one, person by person (a person keeps their
 * identity when they are renamed or moved). Plain Java, so the comparison can be read and tested on its own.
 */
public final class InventoryChanges {

    private InventoryChanges() {
    }

    /** The people of now in their order, then the people removed since the intake in theirs. */
    public static List<PersonChange> between(List<Relationship> intake, List<Relationship> now) {
        Map<RelationshipId, RelationshipFields> before = new LinkedHashMap<>();
        intake.forEach(person -> before.put(person.id(), person.fields()));
        List<PersonChange> changes = new ArrayList<>();
        for (Relationship person : now) {
            RelationshipFields then = before.remove(person.id());
            if (then == null) {
                changes.add(new PersonChange(person.id(), person.alias(), person.role(), PersonChange.Kind.ADDED, null,
                        person.ring(), List.of()));
                continue;
            }
            List<String> changedFields = person.fields().differencesFrom(then);
            boolean changed = then.ring() != person.ring() || !changedFields.isEmpty();
            changes.add(new PersonChange(person.id(), person.alias(), person.role(),
                    changed ? PersonChange.Kind.CHANGED : PersonChange.Kind.UNCHANGED, then.ring(), person.ring(),
                    changedFields));
        }
        before.forEach((id, then) -> changes.add(new PersonChange(id, then.alias(), then.role(),
                PersonChange.Kind.REMOVED, then.ring(), null, List.of())));
        return changes;
    }
}
