package org.openipt.identity;

/** Published when an organisation is opened, so that other modules can give it its defaults. */
public record OrganisationCreated(OrganisationId organisationId) {
}
