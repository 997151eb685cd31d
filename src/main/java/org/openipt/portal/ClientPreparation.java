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
import org.openipt.worksheet.WorksheetType;
import org.springframework.stereotype.Service;

/**
 * What the client prepares before a session in their current course, in plain questions that follow the IPT
 * technique: a difficult conversation (communication analysis), a decision (decision analysis), or a conversation
 * to practise (role play). The worksheet module keeps each, marked as the client's, among the course's worksheets.
 */
@Service
public class ClientPreparation {

    /** A preparation page: the client's own worksheets of its kind, newest first, and whether they may write now. */
    public record PreparationPage(List<Worksheet> entries, boolean open) {
    }

    private final ClientCourses courses;
    private final WorksheetService worksheets;

    ClientPreparation(ClientCourses courses, WorksheetService worksheets) {
        this.courses = courses;
        this.worksheets = worksheets;
    }

    public PreparationPage page(CurrentUser client, WorksheetType type) {
        CourseSummary course = courses.current(client).orElse(null);
        return course == null ? new PreparationPage(List.of(), false)
                : new PreparationPage(worksheets.writtenByClient(client, course.id(), type), course.phase().isOpen());
    }

    public WorksheetId write(CurrentUser client, UUID submissionKey, WorksheetDraft entry) {
        CourseSummary course = courses.current(client).orElseThrow(() -> new NotFoundException("course"));
        return worksheets.writeAsClient(client, course.id(), submissionKey, entry);
    }
}
