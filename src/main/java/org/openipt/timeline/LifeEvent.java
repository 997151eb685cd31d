package org.openipt.timeline;

/** A stored life event with the version it was read at (for optimistic locking). */
public record LifeEvent(LifeEventId id, LifeEventEntry entry, long version) {

    public ApproximateDate when() {
        return entry.when();
    }
}
