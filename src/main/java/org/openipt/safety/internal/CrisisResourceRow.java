package org.openipt.safety.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.CrisisResource;
import org.openipt.safety.CrisisResourceFields;
import org.openipt.safety.CrisisResourceId;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** One crisis resource of an organisation. */
@Table("crisis_resource")
class CrisisResourceRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private String locale;
    private String name;
    private String contact;
    private @Nullable String description;
    @Version
    private @Nullable Long version;

    CrisisResourceRow(UUID id, UUID organisationId, String locale, String name, String contact,
            @Nullable String description, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.locale = locale;
        this.name = name;
        this.contact = contact;
        this.description = description;
        this.version = version;
    }

    static CrisisResourceRow of(UUID organisationId, CrisisResourceFields fields) {
        return new CrisisResourceRow(UUID.randomUUID(), organisationId, fields.locale(), fields.name(),
                fields.contact(), fields.description(), null);
    }

    void record(CrisisResourceFields fields) {
        this.locale = fields.locale();
        this.name = fields.name();
        this.contact = fields.contact();
        this.description = fields.description();
    }

    CrisisResource view() {
        return new CrisisResource(new CrisisResourceId(id), locale, name, contact, description, getVersion());
    }

    UUID getId() { return id; }
    long getVersion() { return version == null ? 0 : version; }
}
