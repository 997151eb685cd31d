package org.openipt.caseload;

import org.jspecify.annotations.Nullable;

/** An alert of the caseload with the client's name and clinician, as the caseload page shows it. */
public record ClientAlert(ClientId clientId, String clientName, @Nullable String clinicianName, CaseloadAlert alert) {
}
