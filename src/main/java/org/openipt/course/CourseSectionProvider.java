package org.openipt.course;

/**
 * Implemented by modules that keep records about a course, so the course page can link to them without the
 * course module knowing them. Called only after the user's access to the course was checked.
 */
public interface CourseSectionProvider {

    CourseSection sectionOf(CourseFacts course);
}
