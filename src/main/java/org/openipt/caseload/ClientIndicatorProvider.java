package org.openipt.caseload;

import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openipt.identity.OrganisationId;

/**
 * Implemented by modules that add quiet notes to caseload lines, for one page of clients at a time, in a bounded
 * number of queries. Days are the user's ({@code zone}).
 */
public interface ClientIndicatorProvider {

    Map<ClientId, List<ClientIndicator>> indicatorsOf(OrganisationId organisation, Collection<ClientId> clients,
            ZoneId zone);
}
