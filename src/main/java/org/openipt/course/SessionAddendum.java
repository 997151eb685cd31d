package org.openipt.course;

import java.time.Instant;

/** Something added to a session's record after it was written (and, once signed, instead of changing it). */
public record SessionAddendum(String text, String writtenBy, Instant writtenAt) {

    public static final int LENGTH = 4000;
}
