package org.openipt.portal;

import java.util.List;
import java.util.UUID;

import org.openipt.course.CourseSummary;
import org.openipt.identity.CurrentUser;
import org.openipt.shared.NotFoundException;
import org.openipt.worksheet.Worksheet;
import org.openipt.worksheet.WorksheetDraft;
import org.openipt.worksheet.WorksheetId;
import org.openipt.worksheet.WorksheetService;
import org.springframework.stereotype.Service;

/**
 * The client's communication diary in their current course: a difficult conversation written down before a
 * session in the structure of a communication analysis (the worksheet module keeps it, marked as the client's).
 */
@Service
public class PortalCommunicationDiary {

    /** The diary page: the client's own entries, newest first, and whether they may write now. */
    public record DiaryPage(List<Worksheet> entries, boolean open) {
    }

    private final ClientCourses courses;
    private final WorksheetService worksheets;

    PortalCommunicationDiary(ClientCourses courses, WorksheetService worksheets) {
        this.courses = courses;
        this.worksheets = worksheets;
    }

    public DiaryPage page(CurrentUser client) {
        CourseSummary course = courses.current(client).orElse(null);
        return course == null ? new DiaryPage(List.of(), false)
                : new DiaryPage(worksheets.writtenByClient(client, course.id()), course.phase().isOpen());
    }

    public WorksheetId write(CurrentUser client, UUID submissionKey, WorksheetDraft entry) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        return worksheets.writeAsClient(client, course.id(), submissionKey, entry);
    }
}
