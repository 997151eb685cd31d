package org.openipt.inventory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.inventory.Answer;
import org.openipt.inventory.ClosenessRing;
import org.openipt.inventory.Relationship;
import org.openipt.inventory.RelationshipFields;
import org.openipt.inventory.RelationshipId;
import org.openipt.inventory.RelationshipRole;
import org.openipt.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Storage behind {@link org.openipt.inventory.InventoryService}; turns rows into the module's public records. */
@Component
public class InventoryStore {

    private static final String FIELD_COLUMNS = "alias, role, ring, contact, satisfying, unsatisfying, discussable, "
            + "confiding, client_expectations, other_expectations, expectations_met, conflicts, "
            + "knows_about_depression, wishes_to_change, changed_near_onset, onset_change, deceased, deceased_when, "
            + "created_at";

    private static final Comparator<Relationship> CLOSEST_FIRST = Comparator.comparing(Relationship::ring);

    private final InventoryRelationshipRepository relationships;
    private final InventorySnapshotRepository snapshots;
    private final JdbcClient jdbc;

    InventoryStore(InventoryRelationshipRepository relationships, InventorySnapshotRepository snapshots,
            JdbcClient jdbc) {
        this.relationships = relationships;
        this.snapshots = snapshots;
        this.jdbc = jdbc;
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
        InventorySnapshot snapshot = snapshots.save(InventorySnapshot.intake(owner.organisationId().value(), courseId,
                takenBy, now));
        jdbc.sql("insert into inventory_snapshot_relationship (snapshot_id, relationship_id, " + FIELD_COLUMNS
                + ") select :snapshot, id, " + FIELD_COLUMNS + " from inventory_relationship where course_id = :course")
                .param("snapshot", snapshot.getId()).param("course", courseId).update();
    }

    /** The relationships as the intake version kept them, closest ring first; empty without an intake version. */
    public List<Relationship> intakeRelationships(UUID courseId) {
        return jdbc.sql("select r.relationship_id, r." + FIELD_COLUMNS.replace(", ", ", r.")
                + " from inventory_snapshot_relationship r join inventory_snapshot s on s.id = r.snapshot_id "
                + "where s.course_id = :course and s.label = :label order by r.created_at")
                .param("course", courseId).param("label", InventorySnapshot.INTAKE)
                .query((rs, row) -> new Relationship(new RelationshipId(rs.getObject("relationship_id", UUID.class)),
                        fields(rs), 0))
                .list().stream().sorted(CLOSEST_FIRST).toList();
    }

    private static Relationship view(InventoryRelationship relationship) {
        return new Relationship(new RelationshipId(relationship.getId()), relationship.fields(),
                relationship.getVersion());
    }

    private static RelationshipFields fields(ResultSet rs) throws SQLException {
        return new RelationshipFields(rs.getString("alias"), RelationshipRole.valueOf(rs.getString("role")),
                ClosenessRing.valueOf(rs.getString("ring")), rs.getString("contact"), rs.getString("satisfying"),
                rs.getString("unsatisfying"), rs.getString("discussable"), answer(rs, "confiding"),
                rs.getString("client_expectations"), rs.getString("other_expectations"),
                answer(rs, "expectations_met"), rs.getString("conflicts"), answer(rs, "knows_about_depression"),
                rs.getString("wishes_to_change"), answer(rs, "changed_near_onset"), rs.getString("onset_change"),
                rs.getBoolean("deceased"), rs.getString("deceased_when"));
    }

    private static Answer answer(ResultSet rs, String column) throws SQLException {
        @Nullable String value = rs.getString(column);
        return value == null ? Answer.UNKNOWN : Answer.valueOf(value);
    }
}
