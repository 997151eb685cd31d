package org.openipt.protocol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.OrganisationCreated;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolSettings;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** Storage of formats; gives every new organisation the built-in formats of {@code protocol/default-formats.json}. */
@Component
public class ProtocolStore {

    private final ProtocolRepository protocols;
    private final JsonMapper json = JsonMapper.builder().build();

    ProtocolStore(ProtocolRepository protocols) {
        this.protocols = protocols;
    }

    /** Runs inside the transaction that opens the organisation, so no organisation exists without its formats. */
    @EventListener
    public void giveDefaults(OrganisationCreated event) {
        for (DefaultFormat format : defaults()) {
            protocols.save(ProtocolRow.create(event.organisationId().value(), format.code(), null, format.settings()));
        }
    }

    public List<Protocol> all(UUID organisationId) {
        return protocols.findByOrganisationIdOrderByCode(organisationId).stream().map(ProtocolRow::toProtocol).toList();
    }

    public Optional<Protocol> find(UUID organisationId, UUID id) {
        return protocols.findByIdAndOrganisationId(id, organisationId).map(ProtocolRow::toProtocol);
    }

    public Optional<Protocol> findByCode(UUID organisationId, String code) {
        return protocols.findByOrganisationIdAndCode(organisationId, code).map(ProtocolRow::toProtocol);
    }

    public boolean update(UUID organisationId, UUID id, @Nullable String customName, ProtocolSettings settings,
            boolean active, long version) {
        return protocols.findByIdAndOrganisationId(id, organisationId).map(row -> {
            row.expectVersion(version);
            row.apply(customName, settings, active);
            protocols.save(row);
            return true;
        }).orElse(false);
    }

    public Protocol create(UUID organisationId, String code, String name, ProtocolSettings settings) {
        return protocols.save(ProtocolRow.create(organisationId, code, name, settings)).toProtocol();
    }

    private List<DefaultFormat> defaults() {
        try (InputStream in = new ClassPathResource("protocol/default-formats.json").getInputStream()) {
            return List.of(json.readValue(in, DefaultFormat[].class));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record DefaultFormat(String code, Delivery delivery, int defaultSessions, int minSessions, int maxSessions,
            Cadence cadence, int sessionMinutes, int preGroupSessions, int initialPhaseSessions,
            int terminationPhaseSessions, boolean layWording, boolean limitedSickRole, boolean caregiverSessions) {

        ProtocolSettings settings() {
            return new ProtocolSettings(delivery, defaultSessions, minSessions, maxSessions, cadence, sessionMinutes,
                    preGroupSessions, initialPhaseSessions, terminationPhaseSessions, layWording, limitedSickRole,
                    caregiverSessions);
        }
    }
}
