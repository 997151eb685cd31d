package org.openipt.worksheet;

import java.util.List;

import org.openipt.course.CourseSummary;
import org.openipt.shared.ResultPage;

/** The worksheets page of a course: one page of worksheets, ordered by kind and newest first. */
public record WorksheetList(CourseSummary course, ResultPage<WorksheetSummary> worksheets, boolean changeable) {

    /** The worksheets of one kind on this page, newest first. */
    public List<WorksheetSummary> ofType(WorksheetType type) {
        return worksheets.items().stream().filter(w -> w.type() == type).toList();
    }
}
