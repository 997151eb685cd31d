package org.openipt.caseload;

import java.util.Collection;
import java.util.Map;

import org.openipt.identity.OrganisationId;

/** Implemented by the module that runs courses, so the caseload can show each client's progress in one query. */
public interface ClientStatusProvider {

    Map<ClientId, ClientStatus> statusOf(OrganisationId organisation, Collection<ClientId> clients);
}
