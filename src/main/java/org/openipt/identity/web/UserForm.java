package org.openipt.identity.web;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.Role;
import org.openipt.identity.UserId;
import org.openipt.shared.RuleViolation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The account form; the password is only asked for when the account is opened. */
class UserForm {

    @NotBlank(message = "{user.email.required}")
    @Email(message = "{user.email.invalid}")
    @Size(max = 254)
    private String email = "";

    @NotBlank(message = "{user.displayName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String displayName = "";

    private String password = "";

    @NotNull(message = "{user.role.required}")
    private @Nullable Role role = Role.CLINICIAN;

    private boolean layCounsellor;
    private boolean needsSignOff;
    private String supervisorId = "";
    private boolean enabled = true;
    private long version;

    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public @Nullable Role getRole() { return role; }
    public void setRole(@Nullable Role role) { this.role = role; }
    public boolean isLayCounsellor() { return layCounsellor; }
    public void setLayCounsellor(boolean layCounsellor) { this.layCounsellor = layCounsellor; }
    public boolean isNeedsSignOff() { return needsSignOff; }
    public void setNeedsSignOff(boolean needsSignOff) { this.needsSignOff = needsSignOff; }
    public String getSupervisorId() { return supervisorId; }
    @Nullable UserId supervisor() {
        try {
            return supervisorId.isBlank() ? null : UserId.of(supervisorId);
        }
        catch (IllegalArgumentException e) {
            throw new RuleViolation("user.supervisorInvalid");
        }
    }
    public void setSupervisorId(@Nullable String supervisorId) { this.supervisorId = supervisorId == null ? "" : supervisorId; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
