package org.openipt.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("user_account")
public class UserAccount {


    @Id
    private final UUID id;
    private final UUID organisationId;
    private @Nullable String email;
    private String displayName;
    private String passwordHash;
    private Role role;
    private boolean layCounsellor;
    private boolean needsSignOff;
    private @Nullable UUID supervisorId;
    private @Nullable String preferredLanguage;
    private boolean enabled;
    private int failedLogins;
    private @Nullable Instant lockedUntil;
    private final Instant createdAt;
    private @Nullable Instant activatedAt;
    @Version
    private @Nullable Long version;

    UserAccount(UUID id, UUID organisationId, @Nullable String email, String displayName, String passwordHash,
            Role role, boolean layCounsellor, @Nullable UUID supervisorId, @Nullable String preferredLanguage,
            boolean enabled, int failedLogins, @Nullable Instant lockedUntil, Instant createdAt,
            @Nullable Instant activatedAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.layCounsellor = layCounsellor;
        this.supervisorId = supervisorId;
        this.preferredLanguage = preferredLanguage;
        this.enabled = enabled;
        this.failedLogins = failedLogins;
        this.lockedUntil = lockedUntil;
        this.createdAt = createdAt;
        this.activatedAt = activatedAt;
        this.version = version;
    }

    /** An account that signs in at once; a lay counsellor's session records need sign-off until changed. */
    public static UserAccount open(UUID organisationId, String email, String displayName, String passwordHash, Role role,
            boolean layCounsellor, @Nullable UUID supervisorId, @Nullable String preferredLanguage, Instant now) {
        UserAccount account = new UserAccount(UUID.randomUUID(), organisationId, email, displayName, passwordHash, role,
                layCounsellor, supervisorId, preferredLanguage, true, 0, null, now, now, null);
        account.needsSignOff = layCounsellor;
        return account;
    }

    /**
     * A client's account before its first sign-in: disabled, with a password nobody knows, until the client sets
     * their own with an invitation. Without an e-mail address the client chooses a sign-in name then.
     */
    public static UserAccount invited(UUID organisationId, @Nullable String email, String displayName,
            String unusablePasswordHash, @Nullable String preferredLanguage, Instant now) {
        return new UserAccount(UUID.randomUUID(), organisationId, email, displayName, unusablePasswordHash,
                Role.CLIENT, false, null, preferredLanguage, false, 0, null, now, null, null);
    }

    /**
     * The person set their password with a single-use secret: the account is theirs and unlocked, and opened the
     * first time (an account an administrator disabled afterwards stays as they left it).
     */
    void setUp(String passwordHash, @Nullable String signIn, Instant now) {
        if (signIn != null) {
            this.email = signIn;
        }
        this.passwordHash = passwordHash;
        this.failedLogins = 0;
        this.lockedUntil = null;
        if (activatedAt == null) {
            this.enabled = true;
            this.activatedAt = now;
        }
    }

    void changeEmail(String email) {
        this.email = email;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    void changeProfile(String displayName, Role role, boolean layCounsellor, @Nullable UUID supervisorId,
            boolean enabled, boolean needsSignOff) {
        this.needsSignOff = needsSignOff;
        this.displayName = displayName;
        this.role = role;
        this.layCounsellor = layCounsellor;
        this.supervisorId = supervisorId;
        this.enabled = enabled;
    }

    void choosePreferredLanguage(@Nullable String language) {
        this.preferredLanguage = language;
    }

    void setVersionForOptimisticLock(long expected) {
        this.version = expected;
    }

    public UUID getId() {
        return id;
    }

    public UUID getOrganisationId() {
        return organisationId;
    }

    public @Nullable Instant getActivatedAt() {
        return activatedAt;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isLayCounsellor() {
        return layCounsellor;
    }

    public boolean isNeedsSignOff() {
        return needsSignOff;
    }



    public @Nullable UUID getSupervisorId() {
        return supervisorId;
    }

    public @Nullable String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }
}
