package org.openipt.portal;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.worksheet.TaskStatus;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetService;
import org.springframework.stereotype.Service;

/** The work-at-home tasks set in the client's current course, and how the client says each went. */
@Service
public class PortalTasks {

    /** The tasks page: the tasks, newest first, and whether the client may say how they went now. */
    public record TasksPage(List<Worksheet> tasks, boolean open) {
    }

    private final ClientCourses courses;
    private final WorksheetService worksheets;

    PortalTasks(ClientCourses courses, WorksheetService worksheets) {
        this.courses = courses;
        this.worksheets = worksheets;
    }

    public TasksPage page(CurrentUser client) {
        CourseSummary course = courses.current(client).orElse(null);
        return course == null ? new TasksPage(List.of(), false)
                : new TasksPage(worksheets.tasks(client, course.id()), course.phase().isOpen());
    }

    public void report(CurrentUser client, WorksheetId task, TaskStatus status, @Nullable String outcome,
            long version) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        worksheets.reportTask(client, course.id(), task, status, outcome, version);
    }
}
