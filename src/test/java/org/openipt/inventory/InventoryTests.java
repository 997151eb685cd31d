package org.openipt.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openipt.course.ChecklistItem;
import org.openipt.course.CourseId;
import org.openipt.course.CoursePageQuery;
import org.openipt.course.CourseService;
import org.openipt.course.PhaseTransition;
import org.openipt.inventory.PersonChange.Kind;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.openipt.support.DatabaseTest;
import org.openipt.support.Fixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class InventoryTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    InventoryService inventory;
    @Autowired
    CourseService courses;
    @Autowired
    CoursePageQuery coursePages;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    Fixtures.Organisation org;
    CourseId course;

    @BeforeEach
    void organisation() {
        org = Fixtures.organisation(context);
        course = org.course();
    }

    @Test
    void aClinicianAddsPeopleWhoAreListedClosestRingFirstWithEveryField() {
        inventory.add(org.clinician(), course, RelationshipFields.of("Colleague Kim", RelationshipRole.COLLEAGUE,
                ClosenessRing.OUTER));
        RelationshipFields mother = new RelationshipFields("Mum", RelationshipRole.PARENT, ClosenessRing.INNER,
                "Phone calls most days", "She listens", "She worries aloud", "Anything but money", Answer.YES,
                "Support without advice", "Visits every Sunday", Answer.NO, "Short arguments, made up the same day",
                Answer.YES, "Fewer worried calls", Answer.YES, "Calls doubled after the move", false, null);
        RelationshipId mum = inventory.add(org.clinician(), course, mother);

        InventoryView view = inventory.inventory(org.clinician(), course);

        assertThat(view.relationships()).extracting(Relationship::alias).containsExactly("Mum", "Colleague Kim");
        assertThat(view.changeable()).isTrue();
        assertThat(view.intakeMarkedAt()).isNull();
        assertThat(inventory.relationship(org.clinician(), course, mum).fields()).isEqualTo(mother);
        assertThat(view.circle()).hasSize(2);
    }

    @Test
    void aStaleVersionIsAConflictAndDoesNotOverwrite() {
        RelationshipId id = inventory.add(org.clinician(), course,
                RelationshipFields.of("Sam", RelationshipRole.FRIEND, ClosenessRing.MIDDLE));
        long loaded = inventory.relationship(org.clinician(), course, id).version();

        inventory.change(org.clinician(), course, id,
                RelationshipFields.of("Sam", RelationshipRole.FRIEND, ClosenessRing.INNER), loaded);

        assertThatThrownBy(() -> inventory.change(org.clinician(), course, id,
                RelationshipFields.of("Samuel", RelationshipRole.FRIEND, ClosenessRing.OUTER), loaded))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> inventory.moveToRing(org.clinician(), course, id, ClosenessRing.OUTER, loaded))
                .isInstanceOf(OptimisticLockingFailureException.class);
        Relationship now = inventory.relationship(org.clinician(), course, id);
        assertThat(now.alias()).isEqualTo("Sam");
        assertThat(now.ring()).isEqualTo(ClosenessRing.INNER);
    }

    @Test
    void movingAPersonToAnotherRingKeepsEverythingElseAndIsInTheCourseHistory() {
        RelationshipFields fields = new RelationshipFields("Leo", RelationshipRole.SIBLING, ClosenessRing.OUTER,
                "Once a month", null, null, null, Answer.NO, null, null, Answer.UNKNOWN, null, Answer.NO, null,
                Answer.UNKNOWN, null, false, null);
        RelationshipId id = inventory.add(org.clinician(), course, fields);

        inventory.moveToRing(org.clinician(), course, id, ClosenessRing.MIDDLE,
                inventory.relationship(org.clinician(), course, id).version());

        Relationship moved = inventory.relationship(org.clinician(), course, id);
        assertThat(moved.fields()).isEqualTo(fields.withRing(ClosenessRing.MIDDLE));
        assertThat(coursePages.course(org.clinician(), course).history())
                .extracting(h -> h.detail()).contains("history.relationshipMoved|3|2", "history.relationshipAdded|3");
    }

    @Test
    void theIntakeVersionIsKeptOnceAndComparedWithNowPersonByPerson() {
        RelationshipId partner = inventory.add(org.clinician(), course,
                RelationshipFields.of("Chris", RelationshipRole.PARTNER, ClosenessRing.INNER));
        RelationshipId friend = inventory.add(org.clinician(), course,
                RelationshipFields.of("Dana", RelationshipRole.FRIEND, ClosenessRing.OUTER));
        RelationshipId colleague = inventory.add(org.clinician(), course,
                RelationshipFields.of("Eli", RelationshipRole.COLLEAGUE, ClosenessRing.OUTER));
        assertThat(inventory.compare(org.clinician(), course).intakeMarkedAt()).isNull();

        inventory.markIntake(org.clinician(), course);
        assertThatThrownBy(() -> inventory.markIntake(org.clinician(), course)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("inventory.intake.alreadyMarked");

        inventory.moveToRing(org.clinician(), course, friend, ClosenessRing.MIDDLE, version(friend));
        inventory.remove(org.clinician(), course, colleague, version(colleague));
        inventory.add(org.clinician(), course,
                RelationshipFields.of("Group member Fay", RelationshipRole.FRIEND, ClosenessRing.OUTER));

        InventoryComparison comparison = inventory.compare(org.supervisor(), course);

        assertThat(comparison.intakeMarkedAt()).isNotNull();
        assertThat(comparison.intakeMarkedBy()).startsWith("clinician ");
        assertThat(comparison.changes()).extracting(PersonChange::alias, PersonChange::kind).containsExactly(
                tuple("Chris", Kind.UNCHANGED),
                tuple("Dana", Kind.CHANGED),
                tuple("Group member Fay", Kind.ADDED),
                tuple("Eli", Kind.REMOVED));
        PersonChange dana = comparison.changes().get(1);
        assertThat(dana.id()).isEqualTo(friend);
        assertThat(dana.ringsCloser()).isEqualTo(1);
        assertThat(comparison.changes().getFirst().id()).isEqualTo(partner);
        assertThat(inventory.inventory(org.clinician(), course).intakeMarkedAt()).isNotNull();
    }

    @Test
    void anEmptyInventoryHasNoIntakeVersionAndAnAliasIsRequired() {
        assertThatThrownBy(() -> inventory.markIntake(org.clinician(), course)).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("inventory.intake.empty");
        assertThatThrownBy(() -> inventory.add(org.clinician(), course,
                RelationshipFields.of("  ", RelationshipRole.FRIEND, ClosenessRing.OUTER)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("inventory.alias.required");
    }

    @Test
    void onlyTheAssignedClinicianChangesTheInventoryAndStrangersCannotSeeIt() {
        RelationshipId id = inventory.add(org.clinician(), course,
                RelationshipFields.of("Gil", RelationshipRole.FRIEND, ClosenessRing.OUTER));

        assertThatThrownBy(() -> inventory.inventory(org.otherClinician(), course))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.relationship(org.otherClinician(), course, id))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.add(org.otherClinician(), course,
                RelationshipFields.of("Intruder", RelationshipRole.OTHER, ClosenessRing.INNER)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.moveToRing(org.supervisor(), course, id, ClosenessRing.INNER, version(id)))
                .isInstanceOf(NotFoundException.class);
        assertThat(inventory.inventory(org.supervisor(), course).changeable()).as("supervisors read").isFalse();
        Fixtures.Organisation foreign = Fixtures.organisation(context);
        assertThatThrownBy(() -> inventory.inventory(foreign.clinician(), course)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inventory.relationship(foreign.clinician(), foreign.course(), id))
                .as("a relationship is found only through its own course").isInstanceOf(NotFoundException.class);
        assertThat(inventory.inventory(org.clinician(), course).relationships()).extracting(Relationship::alias)
                .containsExactly("Gil");
    }

    @Test
    void everyReadAndWriteIsAuditedOnTheCourse() {
        RelationshipId id = inventory.add(org.clinician(), course,
                RelationshipFields.of("Hana", RelationshipRole.CHILD, ClosenessRing.INNER));
        inventory.inventory(org.clinician(), course);
        inventory.relationship(org.clinician(), course, id);
        assertThatThrownBy(() -> inventory.inventory(org.otherClinician(), course))
                .isInstanceOf(NotFoundException.class);

        assertThat(audited("CREATE", "SUCCESS")).isEqualTo(1);
        assertThat(audited("READ", "SUCCESS")).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_record where outcome = 'DENIED' and user_id = ?")
                .param(org.otherClinician().id().value()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theMiddlePhaseWaitsForAtLeastOneRelationship() {
        courses.agreeContract(org.clinician(), course, LocalDate.now(clock).minusDays(7), courseVersion());
        assertThat(inventoryItem()).isFalse();
        assertThatThrownBy(() -> courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, courseVersion()))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("phase.requirementsUnmet");

        inventory.add(org.clinician(), course,
                RelationshipFields.of("Ivy", RelationshipRole.PARTNER, ClosenessRing.INNER));

        assertThat(inventoryItem()).isTrue();
        assertThat(coursePages.course(org.clinician(), course).sections())
                .filteredOn(section -> section.headingKey().equals("inventory.title")).singleElement()
                .satisfies(section -> assertThat(section.count()).isEqualTo(1));
        Fixtures.readyForMiddle(context, org.clinician(), course, LocalDate.now(clock));
        courses.move(org.clinician(), course, PhaseTransition.BEGIN_MIDDLE, courseVersion());
    }

    private boolean inventoryItem() {
        List<ChecklistItem> checklist = coursePages.course(org.clinician(), course).checklist();
        return checklist.stream().filter(item -> item.messageKey().equals("checklist.inventoryRelationship"))
                .findFirst().orElseThrow().met();
    }

    private long courseVersion() {
        return coursePages.course(org.clinician(), course).course().version();
    }

    private long version(RelationshipId id) {
        return inventory.relationship(org.clinician(), course, id).version();
    }

    private long audited(String action, String outcome) {
        return jdbc.sql("select count(*) from audit_record where object_type = 'INVENTORY' and object_id = ? "
                + "and action = ? and outcome = ?").param(course.value()).param(action).param(outcome)
                .query(Long.class).single();
    }
}
