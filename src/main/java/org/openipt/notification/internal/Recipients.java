package org.openipt.notification.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.openipt.identity.Role;
import org.openipt.identity.StaffContact;

/**
 * Who is told about a client's risk event. The responsible clinician (the one the client is assigned to) and that
 * clinician's supervisor; when there is no supervisor to tell (none set, or the account is disabled) or no clinician
 * at all, the organisation's administrators are told instead, so that an event never goes to nobody. Disabled
 * accounts are never written to. Pure.
 */
public final class Recipients {

    /** Who a recipient is to the client, which decides the wording and the link of their e-mail. */
    public enum Audience {
        CLINICIAN, SUPERVISOR, ADMIN
    }

    public record Recipient(StaffContact contact, Audience audience) {
    }

    private Recipients() {
    }

    public static List<Recipient> of(Optional<StaffContact> clinician, Optional<StaffContact> supervisor,
            List<StaffContact> admins) {
        List<Recipient> chosen = new ArrayList<>();
        clinician.filter(StaffContact::enabled).ifPresent(c -> chosen.add(new Recipient(c, Audience.CLINICIAN)));
        Optional<StaffContact> reachableSupervisor = supervisor.filter(StaffContact::enabled)
                .filter(s -> s.role() == Role.SUPERVISOR);
        if (reachableSupervisor.isPresent()) {
            chosen.add(new Recipient(reachableSupervisor.get(), Audience.SUPERVISOR));
        }
        else {
            admins.stream().filter(StaffContact::enabled).filter(a -> a.role() == Role.ADMIN)
                    .forEach(a -> chosen.add(new Recipient(a, Audience.ADMIN)));
        }
        return List.copyOf(chosen);
    }
}
