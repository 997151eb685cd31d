package org.openipt.identity.internal;

import org.openipt.identity.IdentityService;
import org.openipt.identity.NewUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.shared.BeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On a database without accounts, opens the first organisation and its administrator from
 * OPENIPT_ADMIN_EMAIL / OPENIPT_ADMIN_PASSWORD, so a production install never ships a known password.
 */
@Component
@Order(0)
class FirstAdministrator implements BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final IdentityService identity;
    private final String email;
    private final String password;
    private final String organisationName;
    private final String timeZone;

    FirstAdministrator(IdentityService identity, @Value("${OPENIPT_ADMIN_EMAIL:}") String email,
            @Value("${OPENIPT_ADMIN_PASSWORD:}") String password,
            @Value("${OPENIPT_ORGANISATION_NAME:OpenIPT}") String organisationName,
            @Value("${OPENIPT_TIME_ZONE:UTC}") String timeZone) {
        this.identity = identity;
        this.email = email;
        this.password = password;
        this.organisationName = organisationName;
        this.timeZone = timeZone;
    }

    @Override
    public void prepare() {
        if (email.isBlank() || !identity.hasNoUsers()) {
            return;
        }
        if (password.isBlank()) {
            log.warn("OPENIPT_ADMIN_EMAIL is set but OPENIPT_ADMIN_PASSWORD is empty: no administrator created");
            return;
        }
        OrganisationId organisation = identity.openOrganisation(organisationName, timeZone, false);
        identity.createUserIn(organisation, new NewUser(email, "Administrator", password, Role.ADMIN, false, null, null));
        log.info("Created the first organisation and its administrator account");
    }
}
