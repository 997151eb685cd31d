package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;
import org.openipt.measures.SelfReportDue;
import org.openipt.worksheet.Worksheet;

/**
 * The client's home page: their current course (none before their therapist starts one), its sessions, the next
 * one booked, the questionnaires due and how many consent documents wait to be agreed to. Nothing written by the
 * therapist about a session is here.
 */
public record PortalHome(@Nullable CourseSummary course, List<PortalSession> sessions, @Nullable PortalSession next,
        @Nullable String videoLink, List<SelfReportDue> due, List<Worksheet> tasksToTry, long consentsToRead) {

    public PortalHome {
        sessions = List.copyOf(sessions);
        due = List.copyOf(due);
        tasksToTry = List.copyOf(tasksToTry);
    }

    public static PortalHome withoutCourse(long consentsToRead) {
        return new PortalHome(null, List.of(), null, null, List.of(), List.of(), consentsToRead);
    }
}
