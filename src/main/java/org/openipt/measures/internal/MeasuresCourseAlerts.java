package org.openipt.measures.internal;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.openipt.course.CourseAlert;
import org.openipt.course.CourseAlertProvider;
import org.openipt.course.CourseFacts;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.Role;
import org.openipt.measures.OccasionStatus;
import org.openipt.measures.ScheduleSettings;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One non-urgent alert on the course page while a scheduled measure is overdue, linking to the form that gives
 * the oldest one; shown to staff only, after any risk alert (this provider comes last).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class MeasuresCourseAlerts implements CourseAlertProvider {

    private final ScheduleEvaluation schedules;
    private final ScheduleSettings settings;
    private final Clock clock;

    MeasuresCourseAlerts(ScheduleEvaluation schedules, ScheduleSettings settings, Clock clock) {
        this.schedules = schedules;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public List<CourseAlert> alertsOf(CurrentUser user, CourseFacts course) {
        if (user.role() == Role.CLIENT || user.role() == Role.ADMIN) {
            return List.of();
        }
        return schedules.occasionsOf(course.courseId(), user.timeZone()).stream()
                .filter(o -> o.status() == OccasionStatus.OVERDUE)
                .min(java.util.Comparator.comparing(o -> Objects.requireNonNull(o.dueOn())))
                .map(oldest -> List.of(new CourseAlert("schedule.alert.overdue", "schedule.alert.give",
                        oldest.administerPath(course.courseId()),
                        Objects.requireNonNull(oldest.dueOn()).plus(settings.grace()).plusDays(1)
                                .atStartOfDay(user.timeZone()).toInstant(),
                        false)))
                .orElse(List.of());
    }
}
