package org.openipt.course;

import java.util.List;

import org.openipt.identity.CurrentUser;

/**
 * Implemented by modules that raise alerts about a course, so its page shows them first without the course
 * module knowing them. Called only after the user's access to the course was checked; a provider decides what
 * the user may be shown (a client sees no risk events, for example).
 */
public interface CourseAlertProvider {

    List<CourseAlert> alertsOf(CurrentUser user, CourseFacts course);
}
