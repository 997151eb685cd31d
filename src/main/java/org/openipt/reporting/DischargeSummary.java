package org.openipt.reporting;

import java.time.ZonedDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;
import org.openipt.formulation.AssessmentEntry;
import org.openipt.formulation.FocalArea;
import org.openipt.formulation.FocalAreaId;
import org.openipt.formulation.FormulationEntry;
import org.openipt.formulation.MedicationEntry;
import org.openipt.inventory.Relationship;
import org.openipt.measures.MeasuresProgress;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.ReviewEntry;

/**
 * What the discharge summary of a course says: who it is about and where, the contract and the sessions attended,
 * the assessment, the formulation and its focal areas, the goals with their outcome, the review and its decision,
 * the relapse-prevention plan, the medication list, the pictures of the record (the people of the inventory are
 * listed too, as the text alternative of the closeness circle), and who made it when. It holds no session notes.
 */
public record DischargeSummary(String clientName, @Nullable String clientRecordNumber, String organisationName,
        CourseSummary course, SessionsAttended sessions, AssessmentEntry assessment, boolean limitedSickRole,
        FormulationEntry formulation, List<FocalArea> focalAreas, List<GoalReviewed> goals, ReviewEntry review,
        RelapsePlan plan, List<MedicationEntry> medications, List<Relationship> people, MeasuresProgress outcomes,
        List<SummaryPicture> pictures, String generatedBy, ZonedDateTime generatedAt) {

    public DischargeSummary {
        focalAreas = List.copyOf(focalAreas);
        goals = List.copyOf(goals);
        medications = List.copyOf(medications);
        people = List.copyOf(people);
        pictures = List.copyOf(pictures);
    }

    /** The wording of the course's format: "lay" or "clinical". */
    public String wording() {
        return course.protocol().wording();
    }

    public List<GoalReviewed> goalsOf(FocalAreaId area) {
        return goals.stream().filter(goal -> goal.focalAreaId().equals(area)).toList();
    }

    public boolean extended() {
        return course.extendedOn() != null;
    }
}
