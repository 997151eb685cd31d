package org.openipt.portal.internal;

import java.time.Instant;
import java.util.UUID;

import org.openipt.course.CourseRecordOwner;
import org.openipt.identity.UserId;
import org.openipt.portal.Sharing;
import org.openipt.shared.Conflicts;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Storage of the sharing choices; version 0 means nothing chosen yet (nothing shared). */
@Component
public class SharingStore {

    public record Stored(Sharing sharing, long version) {
    }

    private final SharingRepository rows;

    SharingStore(SharingRepository rows) {
        this.rows = rows;
    }

    public Stored of(UUID courseId) {
        return rows.findByCourseId(courseId).map(row -> new Stored(row.sharing(), row.getVersion()))
                .orElse(new Stored(Sharing.NOTHING, 0));
    }

    public void change(CourseRecordOwner owner, Sharing sharing, UserId by, long expectedVersion, Instant now) {
        SharingRow row = rows.findByCourseId(owner.courseId().value()).orElse(null);
        if (row == null) {
            if (expectedVersion != 0) {
                throw new OptimisticLockingFailureException("the sharing choices were removed");
            }
            SharingRow first = SharingRow.first(owner.organisationId().value(), owner.courseId().value(), sharing,
                    by.value(), now);
            Conflicts.savedOrConflict("the sharing choices", () -> rows.save(first));
            return;
        }
        row.change(sharing, by.value(), now, expectedVersion);
        Conflicts.savedOrConflict("the sharing choices", () -> rows.save(row));
    }
}
