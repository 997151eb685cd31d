package org.openipt.caseload.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.caseload.ClientFields;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("client")
public class Client {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private String displayName;
    private String searchName;
    private @Nullable Integer birthYear;
    private @Nullable String email;
    private @Nullable String preferredLanguage;
    private @Nullable String externalRecordNumber;
    private @Nullable UUID userAccountId;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Client(UUID id, UUID organisationId, String displayName, String searchName, @Nullable Integer birthYear,
            @Nullable String email, @Nullable String preferredLanguage, @Nullable String externalRecordNumber,
            @Nullable UUID userAccountId, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.displayName = displayName;
        this.searchName = searchName;
        this.birthYear = birthYear;
        this.email = email;
        this.preferredLanguage = preferredLanguage;
        this.externalRecordNumber = externalRecordNumber;
        this.userAccountId = userAccountId;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Client register(UUID organisationId, ClientFields fields, Instant now) {
        Client client = new Client(UUID.randomUUID(), organisationId, "", "", null, null, null, null, null, now,
                null);
        client.change(fields);
        return client;
    }

    public void change(ClientFields fields) {
        this.displayName = fields.displayName().strip();
        this.searchName = searchable(displayName);
        this.birthYear = fields.birthYear();
        this.email = Text.clean(fields.email());
        this.preferredLanguage = Text.clean(fields.preferredLanguage());
        this.externalRecordNumber = Text.clean(fields.externalRecordNumber());
    }

    public void linkAccount(UUID userAccountId) {
        this.userAccountId = userAccountId;
    }

    public void expectVersion(long version) {
        this.version = version;
    }

    static String searchable(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    public UUID getId() { return id; }
    public UUID getOrganisationId() { return organisationId; }
    public String getDisplayName() { return displayName; }
    public @Nullable Integer getBirthYear() { return birthYear; }
    public @Nullable String getEmail() { return email; }
    public @Nullable String getPreferredLanguage() { return preferredLanguage; }
    public @Nullable String getExternalRecordNumber() { return externalRecordNumber; }
    public @Nullable UUID getUserAccountId() { return userAccountId; }
    public Instant getCreatedAt() { return createdAt; }
    public long getVersion() { return version == null ? 0 : version; }
}
