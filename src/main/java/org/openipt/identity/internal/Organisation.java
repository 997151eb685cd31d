package org.openipt.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("organisation")
public class Organisation {

    @Id
    private final UUID id;
    private String name;
    private String timeZone;
    private final boolean demo;
    private final Instant createdAt;
    @Version
    private @Nullable Long version;

    Organisation(UUID id, String name, String timeZone, boolean demo, Instant createdAt, @Nullable Long version) {
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.demo = demo;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Organisation open(String name, String timeZone, boolean demo, Instant now) {
        return new Organisation(UUID.randomUUID(), name, timeZone, demo, now, null);
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public boolean isDemo() {
        return demo;
    }
}
