package org.openipt.caseload;

import java.util.Collection;
import java.util.List;

import org.openipt.identity.OrganisationId;

/**
 * Implemented by modules that raise alerts about clients (safety: open risk events), so the caseload shows them
 * at the top without depending on those modules. Called with every client of the caseload, not only one page.
 */
public interface CaseloadAlertProvider {

    List<CaseloadAlert> alertsFor(OrganisationId organisation, Collection<ClientId> clients);
}
