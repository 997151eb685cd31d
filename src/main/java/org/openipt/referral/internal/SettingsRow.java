package org.openipt.referral.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.Persistable;
import org.springframework.data.relational.core.mapping.Table;

/** An organisation's referral page: its code in the address and whether it takes referrals. */
@Table("referral_settings")
class SettingsRow implements Persistable<UUID> {

    @Id
    private final UUID organisationId;
    private String code;
    private boolean open;
    private Instant changedAt;
    @Version
    private @Nullable Long version;

    SettingsRow(UUID organisationId, String code, boolean open, Instant changedAt, @Nullable Long version) {
        this.organisationId = organisationId;
        this.code = code;
        this.open = open;
        this.changedAt = changedAt;
        this.version = version;
    }

    void change(String code, boolean open, Instant now, long expectedVersion) {
        this.code = code;
        this.open = open;
        this.changedAt = now;
        this.version = expectedVersion;
    }

    @Override
    public UUID getId() { return organisationId; }

    @Override
    @Transient
    public boolean isNew() { return version == null; }

    String getCode() { return code; }
    boolean isOpen() { return open; }
    long getVersion() { return version == null ? 0 : version; }
}
