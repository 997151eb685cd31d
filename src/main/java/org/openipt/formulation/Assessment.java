package org.openipt.formulation;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;

/**
 * The assessment page: the course it belongs to, what was recorded (all empty and version 0 before the first
 * save), the medication list, and whether the format uses the limited sick role (IPT-A).
 */
public record Assessment(CourseSummary course, AssessmentEntry entry, List<Medication> medications, long version,
        boolean changeable) {

    public Assessment {
        medications = List.copyOf(medications);
    }

    public boolean limitedSickRole() {
        return course.protocol().settings().limitedSickRole();
    }

    public boolean complete() {
        return FormulationRules.assessmentComplete(entry.diagnosis(), entry.sickRoleOn());
    }

    public @Nullable LocalDate sickRoleOn() {
        return entry.sickRoleOn();
    }
}
