package org.openipt.inventory.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.course.CourseRecordOwner;
import org.openipt.inventory.Relationship;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.shared.NotFoundException;
import org.springframework.stereotype.Component;

/** Storage behind {@link org.openipt.inventory.InventoryService}; turns rows into the module's public records. */
@Component
public class InventoryStore {

    private static final Comparator<Relationship> CLOSEST_FIRST = Comparator.comparing(Relationship::ring);

    private final InventoryRelationshipRepository relationships;
    private final InventorySnapshotRepository snapshots;

    InventoryStore(InventoryRelationshipRepository relationships, InventorySnapshotRepository snapshots) {
        this.relationships = relationships;
        this.snapshots = snapshots;
    }

    /** When and by whom an inventory's intake version was marked. */
    public record Intake(Instant takenAt, UUID takenBy) {
    }

    public UUID add(CourseRecordOwner owner, RelationshipFields fields, Instant now) {
        return relationships.save(InventoryRelationship.of(owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), fields, now)).getId();
    }

    /** The people of a course, closest ring first, then in the order they were added. */
    public List<Relationship> relationshipsOf(UUID courseId) {
        return relationships.findByCourseIdOrderByCreatedAt(courseId).stream().map(InventoryStore::view)
                .sorted(CLOSEST_FIRST).toList();
    }

    public Optional<Relationship> relationship(UUID courseId, UUID id) {
        return relationships.findByIdAndCourseId(id, courseId).map(InventoryStore::view);
    }

    public long count(UUID courseId) {
        return relationships.countByCourse(courseId);
    }

    /** Saves new fields over a relationship read at {@code expectedVersion}; a stale version is a conflict. */
    public void change(UUID courseId, UUID id, long expectedVersion, RelationshipFields fields) {
        InventoryRelationship relationship = relationships.findByIdAndCourseId(id, courseId)
                .orElseThrow(() -> new NotFoundException("relationship"));
        relationship.expectVersion(expectedVersion);
        relationship.record(fields);
        relationships.save(relationship);
    }

    public void remove(UUID courseId, UUID id, long expectedVersion) {
        InventoryRelationship relationship = relationships.findByIdAndCourseId(id, courseId)
                .orElseThrow(() -> new NotFoundException("relationship"));
        relationship.expectVersion(expectedVersion);
        relationships.delete(relationship);
    }

    public Optional<Intake> intake(UUID courseId) {
        return snapshots.findByCourseIdAndLabel(courseId, InventorySnapshot.INTAKE)
                .map(s -> new Intake(s.getTakenAt(), s.getTakenBy()));
    }

    /** Keeps a copy of every relationship of the course as it is now, as the intake version. */
    public void markIntake(CourseRecordOwner owner, UUID takenBy, Instant now) {
        UUID courseId = owner.courseId().value();
        snapshots.save(InventorySnapshot.intake(owner.organisationId().value(), courseId, takenBy, now,
                relationships.findByCourseIdOrderByCreatedAt(courseId)));
    }

    /** The relationships as the intake version kept them, closest ring first; empty without an intake version. */
    public List<Relationship> intakeRelationships(UUID courseId) {
        return snapshots.findByCourseIdAndLabel(courseId, InventorySnapshot.INTAKE).stream()
                .flatMap(snapshot -> snapshot.getRelationships().stream())
                .sorted(Comparator.comparing(SnapshotRelationship::createdAt))
                .map(copy -> new Relationship(new RelationshipId(copy.relationshipId()), copy.fields(), 0))
                .sorted(CLOSEST_FIRST).toList();
    }

    private static Relationship view(InventoryRelationship relationship) {
        return new Relationship(new RelationshipId(relationship.getId()), relationship.fields(),
                relationship.getVersion());
    }
}
