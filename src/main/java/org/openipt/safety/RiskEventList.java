package org.openipt.safety;

import java.util.List;

import org.openipt.course.CourseSummary;

/** The risk events of a course, newest first, and whether the reader may open one by hand. */
public record RiskEventList(CourseSummary course, List<RiskEventSummary> events, boolean mayOpen) {

    public RiskEventList {
        events = List.copyOf(events);
    }
}
