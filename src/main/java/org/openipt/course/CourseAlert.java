package org.openipt.course;

import java.time.Instant;

/**
 * An alert at the top of the course page (an open risk event, for example) that another module raises: a message
 * key, the key of the link's text and its path, since when, and whether it has waited too long.
 */
public record CourseAlert(String messageKey, String linkKey, String path, Instant since, boolean urgent) {
}
