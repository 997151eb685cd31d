package org.openipt.course;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A short part of the course page that another module contributes (the inventory, later the formulation): a
 * heading, one line with a count, optional detail lines, and a link to the module's own pages. All texts are
 * message keys.
 *
 * @param details further lines under the count (the latest score of each questionnaire, for example), each a
 *     message key with its arguments; most sections have none
 */
public record CourseSection(String headingKey, String summaryKey, long count, String linkKey, String path,
        List<Detail> details) {

    public CourseSection {
        details = List.copyOf(details);
    }

    public CourseSection(String headingKey, String summaryKey, long count, String linkKey, String path) {
        this(headingKey, summaryKey, count, linkKey, path, List.of());
    }

    /** One detail line: a message key and its arguments, and optionally a link (the line's text links there). */
    public record Detail(String key, List<Object> arguments, @Nullable String path) {

        public Detail {
            arguments = List.copyOf(arguments);
        }

        public Detail(String key, List<Object> arguments) {
            this(key, arguments, null);
        }

        public Object[] argumentArray() {
            return arguments.toArray();
        }
    }
}
