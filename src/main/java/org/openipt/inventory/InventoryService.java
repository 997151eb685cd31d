package org.openipt.inventory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditAction;
import org.openipt.audit.AuditEntry;
import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordGate;
import org.openipt.course.CourseRecordKind;
import org.openipt.course.CourseRecords;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.UserId;
import org.openipt.inventory.internal.ClosenessCirclePicture;
import org.openipt.inventory.internal.InventoryStore;
import org.openipt.inventory.internal.InventoryStore.Intake;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The interpersonal inventory's facade. Each method opens the course through the {@link CourseRecordGate}, which
 * checks that the user may see (or change) its client, and writes the audit trail in the same transaction, with the
 * course as the object so that changes appear in the course's history.
 */
@Service
@Transactional
public class InventoryService {

    private static final CourseRecordKind INVENTORY = CourseRecordKind.closedWithCourse("INVENTORY",
            "inventory.courseClosed");

    private static final String CLIENT_LABEL = "inventory.circle.client";

    private final InventoryStore store;
    private final CourseRecordGate gate;
    private final IdentityService identity;
    private final MessageSource messages;
    private final Clock clock;

    InventoryService(InventoryStore store, CourseRecordGate gate, IdentityService identity, MessageSource messages,
            Clock clock) {
        this.store = store;
        this.gate = gate;
        this.identity = identity;
        this.messages = messages;
        this.clock = clock;
    }

    /** The inventory of a course, closest ring first. */
    public InventoryView inventory(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, INVENTORY);
        List<Relationship> people = store.relationshipsOf(courseId.value());
        course.audit(AuditAction.READ, AuditEntry.detail("history.inventoryRead"));
        return new InventoryView(courseId, course.clientId(), people,
                store.intake(courseId.value()).map(Intake::takenAt).orElse(null), course.mayChange());
    }

    /** The closeness circle of an inventory already read, drawn in the reader's language (page, print and PDF). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String picture(InventoryView inventory, Locale locale) {
        return ClosenessCirclePicture.draw(inventory.relationships(),
                (key, arguments) -> messages.getMessage(key, arguments, locale));
    }

    /** The closeness circle as the client sees it in the portal: "You" in the centre. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public String pictureForTheClient(InventoryView inventory, Locale locale) {
        return ClosenessCirclePicture.draw(inventory.relationships(), (key, arguments) -> messages.getMessage(
                CLIENT_LABEL.equals(key) ? "inventory.circle.you" : key, arguments, locale));
    }

    public Relationship relationship(CurrentUser user, CourseId courseId, RelationshipId id) {
        CourseRecords course = gate.read(user, courseId, INVENTORY);
        Relationship relationship = store.relationship(courseId.value(), id.value())
                .orElseThrow(() -> new NotFoundException("relationship"));
        course.audit(AuditAction.READ, AuditEntry.detail("history.relationshipRead"));
        return relationship;
    }

    /**
     * The people of a course's inventory, closest ring first, for a module that opened the course through the
     * {@link CourseRecordGate} and audits its own read (the timeline names them).
     */
    @Transactional(readOnly = true)
    public List<Relationship> peopleOf(CourseRecords course) {
        return store.relationshipsOf(course.courseId().value());
    }

    /** Whether the user may change the inventory: the client's clinician, while the course is open. */
    @Transactional(readOnly = true)
    public boolean mayChange(CurrentUser user, CourseId courseId) {
        return gate.mayChange(user, courseId, INVENTORY);
    }

    /** Throws {@link NotFoundException} unless the user may change the course's inventory; writes no audit row. */
    @Transactional(readOnly = true)
    public void requireChangeable(CurrentUser user, CourseId courseId) {
        gate.requireChangeRight(user, courseId);
    }

    public RelationshipId add(CurrentUser clinician, CourseId courseId, RelationshipFields fields) {
        CourseRecords course = gate.change(clinician, courseId, INVENTORY);
        validate(fields);
        UUID id = store.add(course.owner(), fields, clock.instant());
        course.audit(AuditAction.CREATE, AuditEntry.detail("history.relationshipAdded",
                fields.ring().number()));
        return new RelationshipId(id);
    }

    public void change(CurrentUser clinician, CourseId courseId, RelationshipId id, RelationshipFields fields,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, INVENTORY);
        Relationship before = existing(courseId, id);
        validate(fields);
        store.change(courseId.value(), id.value(), version, fields);
        course.audit(AuditAction.UPDATE, before.ring() == fields.ring()
                ? AuditEntry.detail("history.relationshipChanged")
                : AuditEntry.detail("history.relationshipMoved", before.ring().number(), fields.ring().number()));
    }

    /** Moves a person to another ring of the closeness circle, leaving everything else as it is. */
    public void moveToRing(CurrentUser clinician, CourseId courseId, RelationshipId id, ClosenessRing ring,
            long version) {
        CourseRecords course = gate.change(clinician, courseId, INVENTORY);
        Relationship before = existing(courseId, id);
        store.change(courseId.value(), id.value(), version, before.fields().withRing(ring));
        course.audit(AuditAction.UPDATE,
                AuditEntry.detail("history.relationshipMoved", before.ring().number(), ring.number()));
    }

    /** Takes a person out of the current inventory; the intake version keeps them. */
    public void remove(CurrentUser clinician, CourseId courseId, RelationshipId id, long version) {
        CourseRecords course = gate.change(clinician, courseId, INVENTORY);
        existing(courseId, id);
        store.remove(courseId.value(), id.value(), version);
        course.audit(AuditAction.UPDATE, AuditEntry.detail("history.relationshipRemoved"));
    }

    /** Keeps the inventory as it is now as its intake version, once per course, to compare with later. */
    public void markIntake(CurrentUser clinician, CourseId courseId) {
        CourseRecords course = gate.change(clinician, courseId, INVENTORY);
        if (store.intake(courseId.value()).isPresent()) {
            throw new RuleViolation("inventory.intake.alreadyMarked");
        }
        long people = store.count(courseId.value());
        if (people == 0) {
            throw new RuleViolation("inventory.intake.empty");
        }
        store.markIntake(course.owner(), clinician.id().value(), clock.instant());
        course.audit(AuditAction.CREATE, AuditEntry.detail("history.inventoryIntakeMarked", people));
    }

    /** The intake version against the current inventory, person by person. */
    public InventoryComparison compare(CurrentUser user, CourseId courseId) {
        CourseRecords course = gate.read(user, courseId, INVENTORY);
        @Nullable Intake intake = store.intake(courseId.value()).orElse(null);
        course.audit(AuditAction.READ, AuditEntry.detail("history.inventoryCompared"));
        if (intake == null) {
            return new InventoryComparison(courseId, null, null, List.of());
        }
        UserId takenBy = new UserId(intake.takenBy());
        return new InventoryComparison(courseId, intake.takenAt(),
                identity.displayNames(Set.of(takenBy)).get(takenBy),
                InventoryChanges.between(store.intakeRelationships(courseId.value()),
                        store.relationshipsOf(courseId.value())));
    }


    private Relationship existing(CourseId courseId, RelationshipId id) {
        return store.relationship(courseId.value(), id.value()).orElseThrow(() -> new NotFoundException("relationship"));
    }


    private static void validate(RelationshipFields fields) {
        List<String> problems = new ArrayList<>();
        if (fields.alias().isBlank()) {
            problems.add("inventory.alias.required");
        }
        if (fields.alias().length() > RelationshipFields.ALIAS_LENGTH
                || (fields.deceasedWhen() != null && fields.deceasedWhen().length() > RelationshipFields.WHEN_LENGTH)
                || tooLong(fields.contact(), fields.satisfying(), fields.unsatisfying(), fields.discussable(),
                        fields.clientExpectations(), fields.otherExpectations(), fields.conflicts(),
                        fields.wishesToChange(), fields.onsetChange())) {
            problems.add("field.tooLong");
        }
        RuleViolation.throwIfAny(problems);
    }

    private static boolean tooLong(@Nullable String... texts) {
        for (String text : texts) {
            if (text != null && text.length() > RelationshipFields.TEXT_LENGTH) {
                return true;
            }
        }
        return false;
    }
}
