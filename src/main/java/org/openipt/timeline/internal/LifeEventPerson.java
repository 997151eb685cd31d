package org.openipt.timeline.internal;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A person of the inventory whom a life event involves. */
@Table("life_event_person")
record LifeEventPerson(UUID relationshipId) {
}
