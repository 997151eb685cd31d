package org.openipt.caseload;

import java.time.Instant;

/**
 * Something about a client that must not be missed (an open risk event, for example), shown above the caseload
 * list until it is dealt with. The message key and the path are chosen by the module that raises it;
 * {@code urgent} marks one that has waited too long.
 */
public record CaseloadAlert(ClientId clientId, String messageKey, String path, Instant since, boolean urgent) {
}
