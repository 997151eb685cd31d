package org.openipt.caseload;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.IdentityService;
import org.openipt.identity.UserId;
import org.springframework.stereotype.Component;

/**
 * The one answer to "may this person see or change this client?". A clinician reaches the clients assigned to
 * them, a supervisor the clients of the clinicians they supervise (to read), a client only themself; an
 * administrator manages accounts and reads no clinical record. Nobody reaches another organisation.
 */
@Component
public class ClientAccessPolicy {

    private final IdentityService identity;

    ClientAccessPolicy(IdentityService identity) {
        this.identity = identity;
    }

    public boolean maySee(CurrentUser user, UUID clientOrganisation, @Nullable UUID clinician,
            @Nullable UUID clientAccount) {
        if (!user.organisationId().value().equals(clientOrganisation)) {
            return false;
        }
        return switch (user.role()) {
            case CLINICIAN -> user.id().value().equals(clinician);
            case SUPERVISOR -> clinician != null && identity.teamOf(user.id()).contains(new UserId(clinician));
            case CLIENT -> user.id().value().equals(clientAccount);
            case ADMIN -> false;
        };
    }

    public boolean mayChange(CurrentUser user, UUID clientOrganisation, @Nullable UUID clinician) {
        return user.organisationId().value().equals(clientOrganisation)
                && switch (user.role()) {
                    case CLINICIAN -> user.id().value().equals(clinician);
                    case SUPERVISOR, CLIENT, ADMIN -> false;
                };
    }
}
