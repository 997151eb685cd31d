package org.openipt.portal;

import java.util.List;

import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worksheets of the client's sessions — conversations looked at, decisions weighed, role plays — when their
 * clinician shared them, to read between sessions. What is not shared is not read.
 */
@Service
public class PortalWorksheets {

    /** The page: whether the worksheets are shared, and they, newest first. */
    public record WorksheetsPage(boolean shared, List<Worksheet> worksheets) {
    }

    private final ClientCourses courses;
    private final PortalSharingService sharing;
    private final WorksheetService worksheets;

    PortalWorksheets(ClientCourses courses, PortalSharingService sharing, WorksheetService worksheets) {
        this.courses = courses;
        this.sharing = sharing;
        this.worksheets = worksheets;
    }

    @Transactional
    public WorksheetsPage page(CurrentUser client) {
        CourseSummary course = courses.current(client).orElse(null);
        if (course == null || !sharing.sharingOf(course.id()).worksheets()) {
            return new WorksheetsPage(false, List.of());
        }
        return new WorksheetsPage(true, worksheets.fromSessions(client, course.id()));
    }
}
