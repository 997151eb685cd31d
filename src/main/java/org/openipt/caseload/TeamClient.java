package org.openipt.caseload;

import org.openipt.identity.UserId;

/** A client of a supervisor's team and the counsellor of the team who holds their care. */
public record TeamClient(ClientId id, String name, UserId counsellor) {
}
