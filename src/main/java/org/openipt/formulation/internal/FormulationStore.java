package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.ClientResponse;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FocalAreaEntry;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.FormulationRules;
import org.openipt.formulation.Goal;
import org.openipt.formulation.GoalStatus;
import org.openipt.formulation.Medication;
import org.openipt.formulation.MedicationEntry;
import org.openipt.formulation.StageChange;
import org.openipt.shared.NotFoundException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Storage behind the assessment and formulation facades; turns rows into the module's public records. Every
 * lookup by id also checks the course, so an id of another course is "not found".
 */
@Component
public class FormulationStore {

    private final AssessmentRepository assessments;
    private final MedicationRepository medications;
    private final FormulationRepository formulations;
    private final FocalAreaRepository focalAreas;
    private final GoalRepository goals;

    FormulationStore(AssessmentRepository assessments, MedicationRepository medications,
            FormulationRepository formulations, FocalAreaRepository focalAreas, GoalRepository goals) {
        this.assessments = assessments;
        this.medications = medications;
        this.formulations = formulations;
        this.focalAreas = focalAreas;
        this.goals = goals;
    }

    /** A stored value with the version a later change must name ({@link FormulationRules#UNSAVED_VERSION} before the first save). */
    public record Versioned<T>(T value, long version) {
    }

    public Versioned<AssessmentEntry> assessment(UUID courseId) {
        return assessments.findByCourseId(courseId).map(row -> new Versioned<>(row.entry(), row.getVersion()))
                .orElse(new Versioned<>(new AssessmentEntry(null, null, null, null, null, null),
                        FormulationRules.UNSAVED_VERSION));
    }

    public void saveAssessment(CourseRecordOwner owner, AssessmentEntry entry, long expectedVersion, Instant now) {
        AssessmentRow row = assessments.findByCourseId(owner.courseId().value()).orElse(null);
        if (row == null) {
            requireFirstVersion(expectedVersion);
            row = AssessmentRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), now);
        }
        else {
            row.expectVersion(expectedVersion);
        }
        row.record(entry);
        assessments.save(row);
    }

    public List<Medication> medications(UUID courseId) {
        return medications.findByCourseIdOrderByCreatedAt(courseId).stream().map(MedicationRow::view).toList();
    }

    public UUID addMedication(CourseRecordOwner owner, MedicationEntry entry, Instant now) {
        return medications.save(MedicationRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), entry,
                now)).getId();
    }

    public void changeMedication(UUID courseId, UUID medicationId, MedicationEntry entry, long expectedVersion) {
        MedicationRow row = medications.findById(medicationId).filter(m -> m.getCourseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException("medication"));
        row.expectVersion(expectedVersion);
        row.record(entry);
        medications.save(row);
    }

    public Versioned<FormulationEntry> formulation(UUID courseId) {
        return formulations.findByCourseId(courseId).map(row -> new Versioned<>(row.entry(), row.getVersion()))
                .orElse(new Versioned<>(FormulationEntry.NONE, FormulationRules.UNSAVED_VERSION));
    }

    public void saveFormulation(CourseRecordOwner owner, FormulationEntry entry, long expectedVersion, Instant now) {
        FormulationRow row = formulations.findByCourseId(owner.courseId().value()).orElse(null);
        if (row == null) {
            requireFirstVersion(expectedVersion);
            row = FormulationRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), now);
        }
        else {
            row.expectVersion(expectedVersion);
        }
        row.record(entry);
        formulations.save(row);
    }

    /** What the client answered to the formulation in the portal, if anything (since its words last changed). */
    public @Nullable ClientResponse clientResponse(UUID courseId) {
        return formulations.findByCourseId(courseId).map(FormulationRow::clientResponse).orElse(null);
    }

    /**
     * Records the client's answer to the formulation as it reads in version {@code expectedVersion}; not found when
     * there are no words to answer.
     */
    public void respondAsClient(UUID courseId, ClientResponse.Kind kind, long expectedVersion, LocalDate today,
            Instant now) {
        FormulationRow row = formulations.findByCourseId(courseId).filter(FormulationRow::hasWords)
                .orElseThrow(() -> new NotFoundException("formulation"));
        row.expectVersion(expectedVersion);
        if (kind == ClientResponse.Kind.ACCEPTED) {
            row.acceptedByClient(today, now);
        }
        else {
            row.respond(kind, now);
        }
        formulations.save(row);
    }

    public List<FocalArea> focalAreas(UUID courseId) {
        return focalAreas.findByCourseIdOrderByCreatedAt(courseId).stream().map(FocalAreaRow::view).toList();
    }

    public FocalArea focalArea(UUID courseId, UUID focalAreaId) {
        return focalAreaRow(courseId, focalAreaId).view();
    }

    /** The stage history as stored, also when the area is no longer a role dispute. */
    public List<StageChange> storedStageHistory(UUID courseId, UUID focalAreaId) {
        return focalAreaRow(courseId, focalAreaId).stageHistory();
    }

    public UUID addFocalArea(CourseRecordOwner owner, FocalAreaEntry entry, List<StageChange> history, Instant now) {
        FocalAreaRow row = FocalAreaRow.of(owner.organisationId().value(), owner.courseId().value(),
                owner.clientId().value(), entry.area(), now);
        row.record(entry, history);
        return focalAreas.save(row).getId();
    }

    public void changeFocalArea(UUID courseId, UUID focalAreaId, FocalAreaEntry entry, List<StageChange> history,
            long expectedVersion) {
        FocalAreaRow row = focalAreaRow(courseId, focalAreaId);
        row.expectVersion(expectedVersion);
        row.record(entry, history);
        focalAreas.save(row);
    }

    /** A role dispute's new stage history, nothing else of the focal area changing. */
    public void changeStageHistory(UUID courseId, UUID focalAreaId, List<StageChange> history,
            long expectedVersion) {
        FocalAreaRow row = focalAreaRow(courseId, focalAreaId);
        row.expectVersion(expectedVersion);
        row.changeStages(history);
        focalAreas.save(row);
    }

    public int goalsOfFocalArea(UUID focalAreaId) {
        return goals.countByFocalAreaId(focalAreaId);
    }

    public void removeFocalArea(UUID courseId, UUID focalAreaId, long expectedVersion) {
        FocalAreaRow row = focalAreaRow(courseId, focalAreaId);
        if (row.view().version() != expectedVersion) {
            throw new OptimisticLockingFailureException("focal area changed since it was read");
        }
        focalAreas.delete(row);
    }

    public List<Goal> goals(UUID courseId) {
        return goals.findByCourseIdOrderByCreatedAt(courseId).stream().map(GoalRow::view).toList();
    }

    public Goal goal(UUID courseId, UUID goalId) {
        return goalRow(courseId, goalId).view();
    }

    public UUID addGoal(CourseRecordOwner owner, UUID focalAreaId, String description, Instant now) {
        focalAreaRow(owner.courseId().value(), focalAreaId);
        return goals.save(GoalRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), focalAreaId,
                description, now)).getId();
    }

    public void reviewGoal(UUID courseId, UUID goalId, String description, GoalStatus status,
            @Nullable Integer rating, LocalDate on, long expectedVersion) {
        GoalRow row = goalRow(courseId, goalId);
        row.expectVersion(expectedVersion);
        row.review(description, status, rating, on);
        goals.save(row);
    }

    /** For the checklist of the middle phase. */
    public boolean assessmentComplete(UUID courseId) {
        AssessmentEntry entry = assessment(courseId).value();
        return FormulationRules.assessmentComplete(entry.diagnosis(), entry.sickRoleOn());
    }

    public int focalAreaCount(UUID courseId) {
        return focalAreas.countByCourseId(courseId);
    }

    public boolean formulationAccepted(UUID courseId) {
        return FormulationRules.accepted(formulation(courseId).value());
    }

    private FocalAreaRow focalAreaRow(UUID courseId, UUID focalAreaId) {
        return focalAreas.findById(focalAreaId).filter(f -> f.getCourseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException("focalArea"));
    }

    private GoalRow goalRow(UUID courseId, UUID goalId) {
        return goals.findById(goalId).filter(g -> g.getCourseId().equals(courseId))
                .orElseThrow(() -> new NotFoundException("goal"));
    }

    private static void requireFirstVersion(long expectedVersion) {
        if (expectedVersion != FormulationRules.UNSAVED_VERSION) {
            throw new OptimisticLockingFailureException("the record was removed or never saved");
        }
    }
}
