package org.openipt.course;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditEntry;

/** Everything the course page shows: the course, its sessions, the checklist of the next move and the history. */
public record CourseRecord(CourseSummary course, List<SessionView> sessions, @Nullable PhaseTransition nextMove,
        List<ChecklistItem> checklist, List<AuditEntry> history, boolean changeable) {

    public CourseRecord {
        sessions = List.copyOf(sessions);
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
    }

    public boolean nextMoveAllowed() {
        return nextMove != null && checklist.stream().allMatch(ChecklistItem::met);
    }
}
