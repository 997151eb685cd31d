package org.openipt.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.identity.StaffContact;
import org.openipt.identity.UserId;
import org.openipt.notification.internal.Recipients;
import org.openipt.notification.internal.Recipients.Audience;
import org.openipt.notification.internal.Recipients.Recipient;
import org.openipt.notification.internal.Retries;

/** Who is told about a risk event, and when a failed e-mail is tried again. */
class NotificationRulesTests {

    private static final OrganisationId ORG = new OrganisationId(UUID.randomUUID());
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    private static StaffContact contact(String name, Role role, @Nullable StaffContact supervisor, boolean enabled) {
        return new StaffContact(new UserId(UUID.randomUUID()), ORG, name + "@example.org", name, role,
                supervisor == null ? null : supervisor.id(), enabled, null, ZoneId.of("UTC"));
    }

    private static List<String> told(List<Recipient> recipients) {
        return recipients.stream().map(r -> r.contact().displayName() + ":" + r.audience()).toList();
    }

    @Test
    void theClinicianAndTheirSupervisorAreToldAndTheAdministratorsAreNot() {
        StaffContact supervisor = contact("sam", Role.SUPERVISOR, null, true);
        StaffContact clinician = contact("cleo", Role.CLINICIAN, supervisor, true);
        List<StaffContact> admins = List.of(contact("ada", Role.ADMIN, null, true));

        assertThat(told(Recipients.of(Optional.of(clinician), Optional.of(supervisor), admins)))
                .containsExactly("cleo:CLINICIAN", "sam:SUPERVISOR");
    }

    @Test
    void withoutASupervisorToTellTheEnabledAdministratorsAreToldInstead() {
        StaffContact clinician = contact("cleo", Role.CLINICIAN, null, true);
        List<StaffContact> admins = List.of(contact("ada", Role.ADMIN, null, true),
                contact("abe", Role.ADMIN, null, false));

        assertThat(told(Recipients.of(Optional.of(clinician), Optional.empty(), admins)))
                .containsExactly("cleo:CLINICIAN", "ada:ADMIN");
        StaffContact disabledSupervisor = contact("sam", Role.SUPERVISOR, null, false);
        assertThat(told(Recipients.of(Optional.of(clinician), Optional.of(disabledSupervisor), admins)))
                .containsExactly("cleo:CLINICIAN", "ada:ADMIN");
        StaffContact demoted = contact("sid", Role.CLINICIAN, null, true);
        assertThat(told(Recipients.of(Optional.of(clinician), Optional.of(demoted), admins)))
                .as("a supervisor id pointing at someone no longer a supervisor").containsExactly("cleo:CLINICIAN",
                        "ada:ADMIN");
    }

    @Test
    void aClientWithNoClinicianOrADisabledClinicianStillHasSomeoneTold() {
        List<StaffContact> admins = List.of(contact("ada", Role.ADMIN, null, true));
        assertThat(told(Recipients.of(Optional.empty(), Optional.empty(), admins))).containsExactly("ada:ADMIN");

        StaffContact supervisor = contact("sam", Role.SUPERVISOR, null, true);
        StaffContact gone = contact("cleo", Role.CLINICIAN, supervisor, false);
        assertThat(told(Recipients.of(Optional.of(gone), Optional.of(supervisor), admins)))
                .containsExactly("sam:SUPERVISOR");
        assertThat(Recipients.of(Optional.of(gone), Optional.of(supervisor), admins)).extracting(Recipient::audience)
                .doesNotContain(Audience.CLINICIAN);
    }

    @Test
    void failedAttemptsAreRetriedWithDoublingPausesUpToTheLongestThenGivenUp() {
        Duration first = Duration.ofMinutes(1);
        Duration longest = Duration.ofHours(6);
        assertThat(Retries.nextAttempt(T, 1, 8, first, longest)).contains(T.plus(Duration.ofMinutes(1)));
        assertThat(Retries.nextAttempt(T, 2, 8, first, longest)).contains(T.plus(Duration.ofMinutes(2)));
        assertThat(Retries.nextAttempt(T, 3, 8, first, longest)).contains(T.plus(Duration.ofMinutes(4)));
        assertThat(Retries.nextAttempt(T, 7, 8, first, longest)).contains(T.plus(Duration.ofMinutes(64)));
        assertThat(Retries.nextAttempt(T, 8, 8, first, longest)).as("the last attempt allowed failed").isEmpty();
        assertThat(Retries.nextAttempt(T, 40, 100, first, longest)).contains(T.plus(longest));
        assertThat(Retries.nextAttempt(T, 1, 1, first, longest)).isEmpty();
    }
}
