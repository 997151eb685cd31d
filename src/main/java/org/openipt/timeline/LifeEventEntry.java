package org.openipt.timeline;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.SessionId;
import org.openipt.inventory.RelationshipId;

/**
 * A life event as the clinician records it: when (perhaps approximately), what kind, a few words, the people of the
 * inventory it involves, whether the client and clinician link it to the onset of the current episode, and the
 * session where it came up, if any.
 */
public record LifeEventEntry(ApproximateDate when, LifeEventType type, String description,
        List<RelationshipId> people, boolean linkedToOnset, @Nullable SessionId sessionId) {

    public static final int DESCRIPTION_LENGTH = 200;

    public LifeEventEntry {
        description = description.strip();
        people = List.copyOf(people);
    }
}
