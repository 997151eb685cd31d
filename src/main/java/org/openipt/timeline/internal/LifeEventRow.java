package org.openipt.timeline.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.course.SessionId;
import org.openipt.timeline.ApproximateDate;
import org.openipt.timeline.DatePrecision;
import org.openipt.timeline.LifeEventEntry;
import org.openipt.timeline.LifeEventType;
import org.openipt.inventory.RelationshipId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One life event on a course's timeline, with the people of the inventory it involves. */
@Table("life_event")
class LifeEventRow implements TimelineEntryRow<LifeEventEntry> {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private LocalDate occurredOn;
    private DatePrecision datePrecision;
    private LifeEventType eventType;
    private String description;
    private boolean linkedToOnset;
    private @Nullable UUID sessionId;
    @MappedCollection(idColumn = "life_event_id")
    private Set<LifeEventPerson> people;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    LifeEventRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, LocalDate occurredOn,
            DatePrecision datePrecision, LifeEventType eventType, String description, boolean linkedToOnset,
            @Nullable UUID sessionId, Set<LifeEventPerson> people, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.occurredOn = occurredOn;
        this.datePrecision = datePrecision;
        this.eventType = eventType;
        this.description = description;
        this.linkedToOnset = linkedToOnset;
        this.sessionId = sessionId;
        this.people = people;
        this.createdAt = createdAt;
        this.version = version;
    }

    static LifeEventRow of(UUID id, CourseRecordOwner owner, LifeEventEntry entry, Instant now) {
        LifeEventRow row = new LifeEventRow(id, owner.organisationId().value(),
                owner.courseId().value(), owner.clientId().value(), entry.when().date(), entry.when().precision(),
                entry.type(), entry.description(), entry.linkedToOnset(), null, Set.of(), now, null);
        row.record(entry);
        return row;
    }

    @Override
    public void record(LifeEventEntry entry) {
        this.occurredOn = entry.when().date();
        this.datePrecision = entry.when().precision();
        this.eventType = entry.type();
        this.description = entry.description();
        this.linkedToOnset = entry.linkedToOnset();
        this.sessionId = entry.sessionId() == null ? null : entry.sessionId().value();
        Set<LifeEventPerson> linked = new LinkedHashSet<>();
        entry.people().forEach(person -> linked.add(new LifeEventPerson(person.value())));
        this.people = linked;
    }

    LifeEventEntry entry() {
        return new LifeEventEntry(new ApproximateDate(occurredOn, datePrecision), eventType, description,
                people.stream().map(p -> new RelationshipId(p.relationshipId())).sorted(
                        java.util.Comparator.comparing(RelationshipId::value)).toList(),
                linkedToOnset, sessionId == null ? null : new SessionId(sessionId));
    }

    @Override
    public void expectVersion(long expected) {
        this.version = expected;
    }

    UUID getId() { return id; }
    Instant getCreatedAt() { return createdAt; }
    long getVersion() { return version == null ? 0 : version; }
}
