package org.openipt.caseload.web;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientDetails;
import org.openipt.caseload.ClientFields;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The client form and the API's client body: only the display name (which may be a pseudonym) is required. */
public class ClientForm {

    @NotBlank(message = "{client.displayName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String displayName = "";

    private @Nullable Integer birthYear;

    @Email(message = "{client.email.invalid}")
    @Size(max = 254, message = "{field.tooLong}")
    private @Nullable String email;

    @Pattern(regexp = "|en|es", message = "{client.language.invalid}")
    private @Nullable String preferredLanguage;

    @Size(max = 100, message = "{field.tooLong}")
    private @Nullable String externalRecordNumber;

    private long version;

    static ClientForm of(ClientDetails client) {
        ClientForm form = new ClientForm();
        form.displayName = client.displayName();
        form.birthYear = client.birthYear();
        form.email = client.email();
        form.preferredLanguage = client.preferredLanguage();
        form.externalRecordNumber = client.externalRecordNumber();
        form.version = client.version();
        return form;
    }

    ClientFields fields() {
        return new ClientFields(displayName, birthYear, email, preferredLanguage, externalRecordNumber);
    }

    public String getDisplayName() { return displayName; }
    public void setDisplayName(String displayName) { this.displayName = displayName; }
    public @Nullable Integer getBirthYear() { return birthYear; }
    public void setBirthYear(@Nullable Integer birthYear) { this.birthYear = birthYear; }
    public @Nullable String getEmail() { return email; }
    public void setEmail(@Nullable String email) { this.email = email; }
    public @Nullable String getPreferredLanguage() { return preferredLanguage; }
    public void setPreferredLanguage(@Nullable String preferredLanguage) { this.preferredLanguage = preferredLanguage; }
    public @Nullable String getExternalRecordNumber() { return externalRecordNumber; }
    public void setExternalRecordNumber(@Nullable String externalRecordNumber) { this.externalRecordNumber = externalRecordNumber; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
