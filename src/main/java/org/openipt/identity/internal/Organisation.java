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
    private @Nullable String videoLink;
    @Version
    private @Nullable Long version;

    Organisation(UUID id, String name, String timeZone, boolean demo, Instant createdAt, @Nullable String videoLink,
            @Nullable Long version) {
        this.videoLink = videoLink;
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.demo = demo;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Organisation open(String name, String timeZone, boolean demo, Instant now) {
        return new Organisation(UUID.randomUUID(), name, timeZone, demo, now, null, null);
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

    public @Nullable String getVideoLink() {
        return videoLink;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    void changeVideoLink(@Nullable String link, long expectedVersion) {
        this.videoLink = link;
        this.version = expectedVersion;
    }
}
