package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;

/**
 * The client's home page: their current course (none before their therapist starts one), its sessions, the next
 * one booked, and the questionnaires due. Nothing written by the therapist about a session is here.
 */
public record PortalHome(@Nullable CourseSummary course, List<PortalSession> sessions, @Nullable PortalSession next,
        List<DueQuestionnaire> due) {

    public PortalHome {
        sessions = List.copyOf(sessions);
        due = List.copyOf(due);
    }

    public static PortalHome withoutCourse() {
        return new PortalHome(null, List.of(), null, List.of());
    }
}
