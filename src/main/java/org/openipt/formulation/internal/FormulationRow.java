package org.openipt.formulation.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.formulation.ClientResponse;
import org.openipt.formulation.FormulationEntry;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("formulation")
class FormulationRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final UUID courseId;
    private final UUID clientId;
    private @Nullable String narrative;
    private @Nullable LocalDate acceptedOn;
    private @Nullable String acceptanceNote;
    private final Instant createdAt;
    private @Nullable String clientResponse;
    private @Nullable Instant clientRespondedAt;
    @Version
    private @Nullable Long version;

    FormulationRow(UUID id, UUID organisationId, UUID courseId, UUID clientId, @Nullable String narrative,
            @Nullable LocalDate acceptedOn, @Nullable String acceptanceNote, Instant createdAt,
            @Nullable String clientResponse, @Nullable Instant clientRespondedAt, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.courseId = courseId;
        this.clientId = clientId;
        this.narrative = narrative;
        this.acceptedOn = acceptedOn;
        this.acceptanceNote = acceptanceNote;
        this.createdAt = createdAt;
        this.clientResponse = clientResponse;
        this.clientRespondedAt = clientRespondedAt;
        this.version = version;
    }

    static FormulationRow of(UUID organisationId, UUID courseId, UUID clientId, Instant now) {
        return new FormulationRow(UUID.randomUUID(), organisationId, courseId, clientId, null, null, null, now, null,
                null, null);
    }

    /**
     * The clinician saves the formulation. The client's answer goes when the words they answered change, and a wish
     * to talk about it goes with any save (the clinician has heard it): the client answers again in the portal.
     */
    void record(FormulationEntry entry) {
        String words = Text.clean(entry.narrative());
        if (!java.util.Objects.equals(words, narrative) || ClientResponse.Kind.WANTS_TO_TALK.name().equals(clientResponse)) {
            this.clientResponse = null;
            this.clientRespondedAt = null;
        }
        this.narrative = words;
        this.acceptedOn = entry.acceptedOn();
        this.acceptanceNote = Text.clean(entry.acceptanceNote());
    }

    /** The client accepts the formulation: accepted today unless the clinician already recorded a day. */
    void acceptedByClient(LocalDate today, Instant now) {
        if (acceptedOn == null) {
            this.acceptedOn = today;
        }
        respond(ClientResponse.Kind.ACCEPTED, now);
    }

    void respond(ClientResponse.Kind kind, Instant now) {
        this.clientResponse = kind.name();
        this.clientRespondedAt = now;
    }

    @Nullable ClientResponse clientResponse() {
        return clientResponse == null || clientRespondedAt == null ? null
                : new ClientResponse(ClientResponse.Kind.valueOf(clientResponse), clientRespondedAt);
    }

    FormulationEntry entry() {
        return new FormulationEntry(narrative, acceptedOn, acceptanceNote);
    }

    boolean hasWords() {
        return narrative != null && !narrative.isBlank();
    }

    void expectVersion(long expected) {
        this.version = expected;
    }

    long getVersion() {
        return version == null ? 0 : version;
    }
}
