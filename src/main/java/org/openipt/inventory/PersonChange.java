package org.openipt.inventory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How one person's place in the inventory changed between the intake version and now.
 *
 * @param ringAtIntake null when the person was added after the intake
 * @param ringNow null when the person was removed since the intake
 * @param changedFields the names of the other fields that changed (see {@link RelationshipFields#differencesFrom})
 */
public record PersonChange(RelationshipId id, String alias, RelationshipRole role, Kind kind,
        @Nullable ClosenessRing ringAtIntake, @Nullable ClosenessRing ringNow, List<String> changedFields) {

    public enum Kind {
        ADDED, REMOVED, CHANGED, UNCHANGED
    }

    public PersonChange {
        changedFields = List.copyOf(changedFields);
    }

    public boolean ringMoved() {
        return ringAtIntake != null && ringNow != null && ringAtIntake != ringNow;
    }

    /** Positive when the person moved closer to the client, negative when farther away. */
    public int ringsCloser() {
        return ringMoved() ? ringAtIntake.number() - ringNow.number() : 0;
    }
}
