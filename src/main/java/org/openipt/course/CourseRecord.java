package org.openipt.course;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditEntry;

/**
 * Everything the course page shows: the course, its sessions, the checklist of the next move, the history and the
 * sections other modules contribute.
 */
public record CourseRecord(CourseSummary course, List<SessionView> sessions, @Nullable PhaseTransition nextMove,
        List<ChecklistItem> checklist, List<AuditEntry> history, boolean changeable, List<CourseSection> sections) {

    public CourseRecord {
        sessions = List.copyOf(sessions);
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
        sections = List.copyOf(sections);
    }

    public boolean nextMoveAllowed() {
        return nextMove != null && checklist.stream().allMatch(ChecklistItem::met);
    }
}
