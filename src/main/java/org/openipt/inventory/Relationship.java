package org.openipt.inventory;

/** One person in the client's inventory, with the version it was read at (for optimistic locking). */
public record Relationship(RelationshipId id, RelationshipFields fields, long version) {

    public String alias() {
        return fields.alias();
    }

    public RelationshipRole role() {
        return fields.role();
    }

    public ClosenessRing ring() {
        return fields.ring();
    }
}
