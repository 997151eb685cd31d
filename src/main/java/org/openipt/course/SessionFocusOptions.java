package org.openipt.course;

import java.util.List;

/**
 * Implemented by the module that keeps a course's focal areas (the formulation), so a session can record which
 * one it worked on without the course module knowing that module. Called only after the user's access to the
 * course was checked; the caller audits the read.
 */
public interface SessionFocusOptions {

    List<FocusOption> optionsFor(CourseSummary course);
}
