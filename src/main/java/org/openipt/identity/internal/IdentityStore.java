package org.openipt.identity.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.shared.Conflicts;
import org.openipt.identity.Role;
import org.openipt.identity.StaffContact;
import org.openipt.identity.UserId;
import org.openipt.identity.UserSummary;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.springframework.stereotype.Component;

/** Storage behind {@link org.openipt.identity.IdentityService}; keeps the entities out of the module's API. */
@Component
public class IdentityStore {

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;

    IdentityStore(OrganisationRepository organisations, UserAccountRepository users) {
        this.organisations = organisations;
        this.users = users;
    }

    public OrganisationId openOrganisation(String name, String timeZone, boolean demo, Instant now) {
        return new OrganisationId(organisations.save(Organisation.open(name, timeZone, demo, now)).getId());
    }

    public Optional<OrganisationId> demoOrganisation() {
        return organisations.findFirstByDemoTrue().map(o -> new OrganisationId(o.getId()));
    }

    public Optional<CurrentUser> currentUser(UUID id) {
        return users.findById(id).map(account -> {
            ZoneId zone = organisations.findById(account.getOrganisationId()).map(o -> ZoneId.of(o.getTimeZone()))
                    .orElse(ZoneId.of("UTC"));
            return new CurrentUser(new UserId(account.getId()), new OrganisationId(account.getOrganisationId()),
                    account.getRole(), account.getDisplayName(), account.isLayCounsellor(), zone);
        });
    }

    /** What an administrator sets for the organisation, and the version to change it from. */
    public record Settings(@Nullable String videoLink, boolean secondFactorRequired, long version) {
    }

    public Settings settings(UUID organisationId) {
        return organisations.findById(organisationId)
                .map(o -> new Settings(o.getVideoLink(), o.isSecondFactorRequired(), o.getVersion()))
                .orElseThrow();
    }

    public void changeSettings(UUID organisationId, @Nullable String link, boolean secondFactorRequired,
            long expectedVersion) {
        Organisation organisation = organisations.findById(organisationId).orElseThrow();
        organisation.changeSettings(link, secondFactorRequired, expectedVersion);
        Conflicts.savedOrConflict("the organisation's settings", () -> organisations.save(organisation));
    }

    public Optional<String> organisationName(UUID id) {
        return organisations.findById(id).map(Organisation::getName);
    }

    public Optional<StaffContact> contact(UUID organisationId, UUID userId) {
        return users.findByIdAndOrganisationId(userId, organisationId).map(a -> contact(a, zoneOf(organisationId)));
    }

    public List<StaffContact> contactsWithRole(UUID organisationId, Role role) {
        ZoneId zone = zoneOf(organisationId);
        return users.findByOrganisationIdAndRoleOrderByDisplayName(organisationId, role).stream()
                .filter(UserAccount::isEnabled).map(a -> contact(a, zone)).toList();
    }

    private ZoneId zoneOf(UUID organisationId) {
        return organisations.findById(organisationId).map(o -> ZoneId.of(o.getTimeZone())).orElse(ZoneId.of("UTC"));
    }

    private static StaffContact contact(UserAccount a, ZoneId zone) {
        UUID supervisor = a.getSupervisorId();
        return new StaffContact(new UserId(a.getId()), new OrganisationId(a.getOrganisationId()), a.getEmail(),
                a.getDisplayName(), a.getRole(), supervisor == null ? null : new UserId(supervisor), a.isEnabled(),
                a.getPreferredLanguage(), zone);
    }

    public long countUsers() {
        return users.count();
    }

    /** Every account signing in with this address, one per organisation at most, the oldest first. */
    public List<UserAccount> findAllByEmail(String email) {
        return users.findByEmailOrderByCreatedAt(email);
    }

    public Optional<UserAccount> findByEmail(UUID organisationId, String email) {
        return users.findByOrganisationIdAndEmail(organisationId, email);
    }

    public void eraseClientAccount(UUID id, String name, String unusablePasswordHash) {
        users.eraseClientAccount(id, name, unusablePasswordHash);
    }

    public Optional<UserAccount> findInOrganisation(UUID id, UUID organisationId) {
        return users.findByIdAndOrganisationId(id, organisationId);
    }

    public UserAccount save(UserAccount account) {
        return users.save(account);
    }

    public Optional<UserAccount> findById(UUID id) {
        return users.findById(id);
    }

    /** The person set their password (and, with a code, chose their sign-in). */
    public void setUp(UUID id, String passwordHash, @Nullable String signIn, Instant now) {
        UserAccount account = users.findById(id).orElseThrow();
        account.setUp(passwordHash, signIn, now);
        users.save(account);
    }

    public void changeEmail(UUID id, String email) {
        UserAccount account = users.findById(id).orElseThrow();
        account.changeEmail(email);
        users.save(account);
    }

    /** Applies a change to an account loaded with the given version; a stale version fails on save. */
    public void update(UserAccount account, long expectedVersion, Consumer<ProfileChange> change) {
        account.setVersionForOptimisticLock(expectedVersion);
        change.accept(account::changeProfile);
        users.save(account);
    }

    public void choosePreferredLanguage(UUID id, String language) {
        users.findById(id).ifPresent(account -> {
            account.choosePreferredLanguage(language);
            users.save(account);
        });
    }

    public ResultPage<UserSummary> page(UUID organisationId, PageRequestParams page) {
        List<UserAccount> rows = users.findPage(organisationId, page.size(), page.offset());
        Map<UUID, String> names = namesOf(rows.stream().map(UserAccount::getSupervisorId).toList());
        return new ResultPage<>(rows.stream().map(a -> summary(a, names)).toList(), page.page(), page.size(),
                users.countByOrganisationId(organisationId));
    }

    public List<UserSummary> withRole(UUID organisationId, Role role) {
        return users.findByOrganisationIdAndRoleOrderByDisplayName(organisationId, role).stream()
                .map(a -> summary(a, Map.of())).toList();
    }

    public List<UUID> teamOf(UUID supervisorId) {
        return users.findIdsBySupervisorId(supervisorId);
    }

    public List<UserSummary> summaries(Collection<UUID> ids) {
        return StreamSupport.stream(users.findAllById(ids).spliterator(), false).map(a -> summary(a, Map.of()))
                .toList();
    }

    public UserSummary summary(UserAccount account) {
        return summary(account, namesOf(Collections.singletonList(account.getSupervisorId())));
    }

    private Map<UUID, String> namesOf(List<@Nullable UUID> ids) {
        List<UUID> present = ids.stream().filter(Objects::nonNull).distinct().toList();
        return StreamSupport.stream(users.findAllById(present).spliterator(), false)
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }

    private static UserSummary summary(UserAccount a, Map<UUID, String> supervisorNames) {
        UUID supervisor = a.getSupervisorId();
        return new UserSummary(new UserId(a.getId()), a.getEmail(), a.getDisplayName(), a.getRole(),
                a.isLayCounsellor(), supervisor == null ? null : new UserId(supervisor),
                supervisor == null ? null : supervisorNames.get(supervisor), a.isEnabled(), a.isNeedsSignOff(),
                a.getVersion());
    }

    /** The fields an administrator may change on an account. */
    @FunctionalInterface
    public interface ProfileChange {
        void changeProfileTo(String displayName, Role role, boolean layCounsellor, @Nullable UUID supervisorId,
                boolean enabled, boolean needsSignOff);
    }
}
