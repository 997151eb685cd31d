package org.openipt.safety.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.course.CourseId;
import org.openipt.course.CourseRecordOwner;
import org.openipt.safety.SafetyPlan;
import org.openipt.shared.Conflicts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The versions of each course's safety plan. A save adds the next version, never changes an earlier one; it is
 * based on the version the person read, so a save over a newer one is a conflict (also when two saves race: the
 * unique version number lets only one of them in).
 */
@Component
public class SafetyPlanStore {

    private final SafetyPlanVersionRepository versions;

    SafetyPlanStore(SafetyPlanVersionRepository versions) {
        this.versions = versions;
    }

    /** A stored version, with the id of who saved it. */
    public record Stored(int number, SafetyPlan plan, UUID savedBy, Instant savedAt) {
    }

    public int currentNumber(CourseId courseId) {
        return versions.currentNumber(courseId.value());
    }

    /** Every version, newest first. */
    public List<Stored> versions(CourseId courseId) {
        return versions.findByCourseIdOrderByNumberDesc(courseId.value()).stream().map(SafetyPlanStore::stored)
                .toList();
    }

    public Optional<Stored> version(CourseId courseId, int number) {
        return versions.findByCourseIdAndNumber(courseId.value(), number).map(SafetyPlanStore::stored);
    }

    /** Saves the next version over {@code basedOn}; returns its number. */
    public int save(CourseRecordOwner owner, SafetyPlan plan, int basedOn, UUID savedBy, Instant savedAt) {
        CourseId courseId = owner.courseId();
        if (currentNumber(courseId) != basedOn) {
            throw new OptimisticLockingFailureException("the safety plan changed since it was read");
        }
        int number = basedOn + 1;
        Conflicts.savedOrConflict("the safety plan", () -> versions.save(SafetyPlanVersionRow.saved(
                owner.organisationId().value(), courseId.value(), owner.clientId().value(), number, plan, savedBy,
                savedAt)));
        return number;
    }

    public long count(CourseId courseId) {
        return currentNumber(courseId);
    }

    private static Stored stored(SafetyPlanVersionRow row) {
        return new Stored(row.getNumber(), row.getPlan(), row.getSavedBy(), row.getSavedAt());
    }
}
