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
    private boolean secondFactorRequired;
    @Version
    private @Nullable Long version;

    Organisation(UUID id, String name, String timeZone, boolean demo, Instant createdAt, @Nullable String videoLink,
            boolean secondFactorRequired, @Nullable Long version) {
        this.videoLink = videoLink;
        this.secondFactorRequired = secondFactorRequired;
        this.id = id;
        this.name = name;
        this.timeZone = timeZone;
        this.demo = demo;
        this.createdAt = createdAt;
        this.version = version;
    }

    /**
     * A new organisation requires a second factor of its staff from the start; the demo does not, so that a newcomer
     * can sign in with the password the README gives.
     */
    static Organisation open(String name, String timeZone, boolean demo, Instant now) {
        return new Organisation(UUID.randomUUID(), name, timeZone, demo, now, null, !demo, null);
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

    public boolean isSecondFactorRequired() {
        return secondFactorRequired;
    }

    public long getVersion() {
        return version == null ? 0 : version;
    }

    void changeSettings(@Nullable String link, boolean secondFactorRequired, long expectedVersion) {
        this.videoLink = link;
        this.secondFactorRequired = secondFactorRequired;
        this.version = expectedVersion;
    }
}
