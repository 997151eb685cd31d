package org.openipt.portal;

import java.time.ZonedDateTime;

import org.jspecify.annotations.Nullable;
import org.openipt.course.Attendance;
import org.openipt.course.SessionId;
import org.openipt.course.SessionMode;
import org.openipt.course.SessionView;

/** A session as the client sees it: when, how, whether it took place, and its number among the contracted ones. */
public record PortalSession(SessionId id, ZonedDateTime when, SessionMode mode, Attendance attendance,
        @Nullable Integer number) {

    /** The session without anything the therapist wrote about it. */
    static PortalSession of(SessionView session) {
        return new PortalSession(session.id(), session.when(), session.mode(), session.attendance(),
                session.number());
    }
}
