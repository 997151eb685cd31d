package org.openipt.portal;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Attendance;
import org.openipt.course.SessionMode;

/** A session as the client sees it: when, how, whether it took place, and its number among the contracted ones. */
public record PortalSession(ZonedDateTime when, SessionMode mode, Attendance attendance, @Nullable Integer number) {
}
