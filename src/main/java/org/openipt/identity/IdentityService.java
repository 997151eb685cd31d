package org.openipt.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.internal.IdentityStore;
import org.openipt.identity.internal.UserAccount;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.PageRequestParams;
import org.openipt.shared.ResultPage;
import org.openipt.shared.RuleViolation;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organisations and accounts. Only administrators manage accounts, and only in their own organisation. */
@Service
@Transactional
public class IdentityService {

    private final IdentityStore store;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IdentityService(IdentityStore store, PasswordEncoder passwordEncoder, ApplicationEventPublisher events,
            Clock clock) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    public OrganisationId openOrganisation(String name, String timeZone, boolean demo) {
        OrganisationId id = store.openOrganisation(name, timeZone, demo, clock.instant());
        events.publishEvent(new OrganisationCreated(id));
        return id;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationId> demoOrganisation() {
        return store.demoOrganisation();
    }

    /** The name of the user's own organisation, as printed on its reports. */
    @Transactional(readOnly = true)
    public String organisationName(CurrentUser user) {
        return store.organisationName(user.organisationId().value()).orElseThrow();
    }

    /** An organisation's name, for messages the system writes without a signed-in user (e-mails). */
    @Transactional(readOnly = true)
    public String organisationName(OrganisationId organisation) {
        return store.organisationName(organisation.value()).orElseThrow(() -> new NotFoundException("organisation"));
    }

    /** The organisation's settings, for its administrators. */
    @Transactional(readOnly = true)
    public OrganisationSettings settings(CurrentUser admin) {
        requireAdmin(admin);
        IdentityStore.Settings settings = store.settings(admin.organisationId().value());
        return new OrganisationSettings(organisationName(admin), settings.videoLink(),
                settings.secondFactorRequired(), settings.version());
    }

    /**
     * Sets the organisation's video meeting link (blank: none) and whether its staff must sign in with a second
     * factor, from the version read. Only an https address is kept: it is shown to clients as a link to follow.
     */
    public void changeSettings(CurrentUser admin, @Nullable String typed, boolean secondFactorRequired, long version) {
        requireAdmin(admin);
        String link = typed == null || typed.isBlank() ? null : typed.strip();
        if (link != null && !VideoLinks.acceptable(link)) {
            throw new RuleViolation("organisation.videoLink.invalid");
        }
        store.changeSettings(admin.organisationId().value(), link, secondFactorRequired, version);
        events.publishEvent(new AdministratorChanged(admin.id(), "ORGANISATION", admin.organisationId(),
                AdministratorChanged.Change.SETTINGS_CHANGED));
    }

    /** The organisation's video meeting link, if it has one: for the client's next session by video. */
    @Transactional(readOnly = true)
    public Optional<String> videoLink(OrganisationId organisation) {
        return Optional.ofNullable(store.settings(organisation.value()).videoLink());
    }

    /** The e-mail contact of an account in the organisation, if there is one; for notifications, never a request. */
    @Transactional(readOnly = true)
    public Optional<StaffContact> contact(OrganisationId organisation, UserId user) {
        return store.contact(organisation.value(), user.value());
    }

    /** The enabled accounts of a role in the organisation, as e-mail contacts (for example its administrators). */
    @Transactional(readOnly = true)
    public List<StaffContact> contactsWithRole(OrganisationId organisation, Role role) {
        return store.contactsWithRole(organisation.value(), role);
    }

    @Transactional(readOnly = true)
    public boolean hasNoUsers() {
        return store.countUsers() == 0;
    }

    /** Opens an account in the administrator's organisation. */
    public UserId createUser(CurrentUser admin, NewUser user) {
        requireAdmin(admin);
        UserId opened = createUserIn(admin.organisationId(), user);
        events.publishEvent(new AdministratorChanged(admin.id(), "ACCOUNT", opened,
                AdministratorChanged.Change.ACCOUNT_OPENED));
        return opened;
    }

    /** Opens an account without an administrator: the first start and the demo use it. */
    public UserId createUserIn(OrganisationId organisation, NewUser user) {
        String email = normalise(user.email());
        RuleViolation.throwIfAny(PasswordPolicy.problemsWith(user.password(), email));
        if (store.findByEmail(organisation.value(), email).isPresent()) {
            throw new RuleViolation("user.emailTaken");
        }
        UUID supervisor = supervisorIn(organisation, user.role(), user.supervisorId());
        return new UserId(store.save(UserAccount.open(organisation.value(), email, user.displayName().strip(),
                passwordEncoder.encode(user.password()), user.role(), user.role() == Role.CLINICIAN && user.layCounsellor(),
                supervisor, user.preferredLanguage(), clock.instant())).getId());
    }

    /**
     * Changes an account. {@code needsSignOff}: whether the person's session records go to their supervisor for
     * sign-off (meaningful for clinicians only).
     */
    public void updateUser(CurrentUser admin, UserId id, String displayName, Role role, boolean layCounsellor,
            @Nullable UserId supervisorId, boolean enabled, boolean needsSignOff, long version) {
        requireAdmin(admin);
        UserAccount account = store.findInOrganisation(id.value(), admin.organisationId().value())
                .orElseThrow(() -> new NotFoundException("user"));
        if (account.getId().equals(admin.id().value()) && (!enabled || role != Role.ADMIN)) {
            throw new RuleViolation("user.cannotDemoteSelf");
        }
        UUID supervisor = supervisorIn(admin.organisationId(), role, supervisorId);
        boolean accessChanged = !enabled || account.getRole() != role;
        store.update(account, version, a -> a.changeProfileTo(displayName.strip(), role,
                role == Role.CLINICIAN && layCounsellor, supervisor, enabled, role == Role.CLINICIAN && needsSignOff));
        if (accessChanged) {
            events.publishEvent(new AccessChanged(id));
        }
        events.publishEvent(new AdministratorChanged(admin.id(), "ACCOUNT", id, accessChanged
                ? AdministratorChanged.Change.ACCOUNT_ACCESS_CHANGED : AdministratorChanged.Change.ACCOUNT_CHANGED));
    }

    /** An account switched off or given another role: its sessions, signed in under the old access, end. */
    record AccessChanged(UserId account) {
    }

    /** Whether the clinician's session records need their supervisor's sign-off. */
    @Transactional(readOnly = true)
    public boolean needsSignOff(OrganisationId organisation, UserId clinician) {
        return store.findInOrganisation(clinician.value(), organisation.value()).map(UserAccount::isNeedsSignOff)
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public ResultPage<UserSummary> users(CurrentUser admin, PageRequestParams page) {
        requireAdmin(admin);
        return store.page(admin.organisationId().value(), page);
    }

    @Transactional(readOnly = true)
    public UserSummary user(CurrentUser admin, UserId id) {
        requireAdmin(admin);
        return store.findInOrganisation(id.value(), admin.organisationId().value()).map(store::summary)
                .orElseThrow(() -> new NotFoundException("user"));
    }

    @Transactional(readOnly = true)
    public List<UserSummary> usersWithRole(OrganisationId organisation, Role role) {
        return store.withRole(organisation.value(), role);
    }

    /** The clinicians whose supervisor this person is. */
    @Transactional(readOnly = true)
    public Set<UserId> teamOf(UserId supervisor) {
        return store.teamOf(supervisor.value()).stream().map(UserId::new).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public Map<UserId, String> displayNames(Collection<UserId> ids) {
        return store.summaries(ids.stream().map(UserId::value).toList()).stream()
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName, (a, b) -> a));
    }

    /**
     * Erases a client's portal account with their record (retention): no name, no address, switched off with a
     * password nobody knows. The row stays, so that the audit trail's entries by it still read.
     */
    public void eraseClientAccount(CurrentUser admin, UserId account, String erasedName) {
        requireAdmin(admin);
        store.findInOrganisation(account.value(), admin.organisationId().value()).ifPresent(found ->
                store.eraseClientAccount(found.getId(), erasedName,
                        passwordEncoder.encode(AccountSecrets.newLinkSecret())));
    }

    /** The account in an organisation that signs in with this address, if there is one. */
    @Transactional(readOnly = true)
    public Optional<UserId> findByEmail(OrganisationId organisation, String email) {
        return store.findByEmail(organisation.value(), normalise(email)).map(a -> new UserId(a.getId()));
    }

    /**
     * The account as a signed-in user, for work the system does on someone's behalf without a request (the demo
     * organisation is written by its own fictional clinicians this way). Never expose this to a request.
     */
    @Transactional(readOnly = true)
    public CurrentUser actingAs(UserId user) {
        return store.currentUser(user.value()).orElseThrow(() -> new NotFoundException("user"));
    }

    public void choosePreferredLanguage(UserId user, String language) {
        store.choosePreferredLanguage(user.value(), language);
    }

    private @Nullable UUID supervisorIn(OrganisationId organisation, Role role, @Nullable UserId supervisorId) {
        if (supervisorId == null || role != Role.CLINICIAN) {
            return null;
        }
        UserAccount supervisor = store.findInOrganisation(supervisorId.value(), organisation.value())
                .filter(a -> a.getRole() == Role.SUPERVISOR)
                .orElseThrow(() -> new RuleViolation("user.supervisorInvalid"));
        return supervisor.getId();
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

}
