package org.openipt.notification.internal;

import java.util.List;
import java.util.Optional;

import org.openipt.caseload.CaseloadService;
import org.openipt.caseload.ClientId;
import org.openipt.identity.IdentityService;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.StaffContact;
import org.openipt.notification.internal.Recipients.Recipient;
import org.springframework.stereotype.Component;

/** Who is told about something that happened to a client's record: see {@link Recipients}. */
@Component
class ClientStaff {

    private final CaseloadService caseload;
    private final IdentityService identity;

    ClientStaff(CaseloadService caseload, IdentityService identity) {
        this.caseload = caseload;
        this.identity = identity;
    }

    /** The client's responsible clinician, if any, and everyone to tell: the clinician and their supervisor. */
    record Told(Optional<StaffContact> clinician, List<Recipient> recipients) {
    }

    Told about(OrganisationId organisation, ClientId client) {
        Optional<StaffContact> clinician = caseload.responsibleClinician(organisation, client)
                .flatMap(id -> identity.contact(organisation, id));
        Optional<StaffContact> supervisor = clinician.map(StaffContact::supervisorId)
                .flatMap(id -> identity.contact(organisation, id));
        return new Told(clinician, Recipients.of(clinician, supervisor,
                identity.contactsWithRole(organisation, Role.ADMIN)));
    }
}
