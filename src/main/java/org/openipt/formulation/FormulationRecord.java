package org.openipt.formulation;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;

/**
 * The formulation page: the course, the formulation text and acceptance, the focal areas and their goals, and what
 * the client answered to it in the portal (if anything, since its words last changed).
 */
public record FormulationRecord(CourseSummary course, FormulationEntry formulation, long version,
        List<FocalArea> focalAreas, List<Goal> goals, boolean changeable, @Nullable ClientResponse clientResponse) {

    public FormulationRecord {
        focalAreas = List.copyOf(focalAreas);
        goals = List.copyOf(goals);
    }

    /** The wording of the course's format: "lay" or "clinical". */
    public String wording() {
        return course.protocol().wording();
    }

    public boolean accepted() {
        return FormulationRules.accepted(formulation);
    }

    /** Whether there are words the client could read and answer. */
    public boolean written() {
        return formulation.narrative() != null && !formulation.narrative().isBlank();
    }

    public boolean mayAddFocalArea() {
        return focalAreas.size() < FormulationRules.MOST_FOCAL_AREAS;
    }

    public List<Goal> goalsOf(FocalAreaId area) {
        return goals.stream().filter(g -> g.focalAreaId().equals(area)).toList();
    }
}
