package org.openipt.termination.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseRecordOwner;
import org.openipt.termination.RelapsePlan;
import org.openipt.termination.ReviewEntry;
import org.openipt.termination.TerminationRules;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Storage behind the termination facade; turns rows into the module's public records. */
@Component
public class TerminationStore {

    private final ReviewRepository reviews;
    private final PlanRepository plans;

    TerminationStore(ReviewRepository reviews, PlanRepository plans) {
        this.reviews = reviews;
        this.plans = plans;
    }

    /** A stored value with the version a later change must name ({@link TerminationRules#UNSAVED_VERSION} before the first save). */
    public record Versioned<T>(T value, long version) {
    }

    public Versioned<ReviewEntry> review(UUID courseId) {
        return reviews.findByCourseId(courseId).map(row -> new Versioned<>(row.entry(), row.getVersion()))
                .orElse(new Versioned<>(ReviewEntry.NONE, TerminationRules.UNSAVED_VERSION));
    }

    public void saveReview(CourseRecordOwner owner, ReviewEntry entry, long expectedVersion, Instant now) {
        ReviewRow row = reviews.findByCourseId(owner.courseId().value()).orElse(null);
        if (row == null) {
            requireFirstVersion(expectedVersion);
            row = ReviewRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), now);
        }
        else {
            row.expectVersion(expectedVersion);
        }
        row.record(entry);
        reviews.save(row);
    }

    public @Nullable UUID maintenanceCourse(UUID courseId) {
        return reviews.findByCourseId(courseId).map(ReviewRow::getMaintenanceCourseId).orElse(null);
    }

    /** Links the maintenance course to the review; the review's version guards against two at once. */
    public void linkMaintenanceCourse(UUID courseId, UUID maintenanceCourseId) {
        ReviewRow row = reviews.findByCourseId(courseId)
                .orElseThrow(() -> new OptimisticLockingFailureException("the review was never saved"));
        row.linkMaintenanceCourse(maintenanceCourseId);
        reviews.save(row);
    }

    public Versioned<RelapsePlan> plan(UUID courseId) {
        return plans.findByCourseId(courseId).map(row -> new Versioned<>(row.plan(), row.getVersion()))
                .orElse(new Versioned<>(RelapsePlan.NONE, TerminationRules.UNSAVED_VERSION));
    }

    public void savePlan(CourseRecordOwner owner, RelapsePlan plan, long expectedVersion, Instant now) {
        Optional<PlanRow> stored = plans.findByCourseId(owner.courseId().value());
        PlanRow row;
        if (stored.isEmpty()) {
            requireFirstVersion(expectedVersion);
            row = PlanRow.of(owner.organisationId().value(), owner.courseId().value(), owner.clientId().value(), now);
        }
        else {
            row = stored.get();
            row.expectVersion(expectedVersion);
        }
        row.record(plan);
        plans.save(row);
    }

    /** For the checklist of completion. */
    public boolean reviewed(UUID courseId) {
        return TerminationRules.reviewed(review(courseId).value());
    }

    private static void requireFirstVersion(long expectedVersion) {
        if (expectedVersion != TerminationRules.UNSAVED_VERSION) {
            throw new OptimisticLockingFailureException("the record was removed or never saved");
        }
    }
}
