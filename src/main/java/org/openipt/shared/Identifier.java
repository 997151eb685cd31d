package org.openipt.shared;

import java.util.UUID;

/**
 * A typed identifier of a record a URL can name ({@code ClientId}, {@code CourseId}, …). Module APIs take and give
 * these rather than raw UUIDs, so that a course id cannot be passed where a client id is meant; the audit trail
 * takes any of them as the object of a line.
 */
public interface Identifier {

    UUID value();
}
