package org.openipt.course;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.audit.AuditEntry;

/**
 * Everything the course page shows: the course, its sessions, the checklist of the next move, the history and the
 * sections other modules contribute, the focal areas its sessions can have worked on, and the alerts other
 * modules raise (shown first).
 */
public record CourseRecord(CourseSummary course, List<SessionView> sessions, @Nullable PhaseTransition nextMove,
        List<ChecklistItem> checklist, List<AuditEntry> history, boolean changeable, List<CourseSection> sections,
        List<FocusOption> focalAreas, List<CourseAlert> alerts) {

    public CourseRecord {
        sessions = List.copyOf(sessions);
        checklist = List.copyOf(checklist);
        history = List.copyOf(history);
        sections = List.copyOf(sections);
        focalAreas = List.copyOf(focalAreas);
        alerts = List.copyOf(alerts);
    }

    /** The message key of the name of a focal area a session worked on; a removed one is named as such. */
    public @Nullable String focalAreaLabelKey(@Nullable UUID focalAreaId) {
        if (focalAreaId == null) {
            return null;
        }
        return focalAreas.stream().filter(option -> option.id().equals(focalAreaId)).findFirst()
                .map(FocusOption::labelKey).orElse("session.focalArea.removed");
    }

    public boolean nextMoveAllowed() {
        return nextMove != null && checklist.stream().allMatch(ChecklistItem::met);
    }
}
