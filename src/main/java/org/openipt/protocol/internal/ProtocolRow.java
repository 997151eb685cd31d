package org.openipt.protocol.internal;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolId;
import org.openipt.protocol.ProtocolSettings;
import org.openipt.shared.Text;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table("protocol")
public class ProtocolRow {

    @Id
    private final UUID id;
    private final UUID organisationId;
    private final String code;
    private @Nullable String customName;
    private Delivery delivery;
    private int defaultSessions;
    private int minSessions;
    private int maxSessions;
    private Cadence cadence;
    private int sessionMinutes;
    private int preGroupSessions;
    private int initialPhaseSessions;
    private int terminationPhaseSessions;
    private boolean layWording;
    private boolean limitedSickRole;
    private boolean caregiverSessions;
    private boolean active;
    @Version
    private @Nullable Long version;

    ProtocolRow(UUID id, UUID organisationId, String code, @Nullable String customName, Delivery delivery,
            int defaultSessions, int minSessions, int maxSessions, Cadence cadence, int sessionMinutes,
            int preGroupSessions, int initialPhaseSessions, int terminationPhaseSessions, boolean layWording,
            boolean limitedSickRole, boolean caregiverSessions, boolean active, @Nullable Long version) {
        this.id = id;
        this.organisationId = organisationId;
        this.code = code;
        this.customName = customName;
        this.delivery = delivery;
        this.defaultSessions = defaultSessions;
        this.minSessions = minSessions;
        this.maxSessions = maxSessions;
        this.cadence = cadence;
        this.sessionMinutes = sessionMinutes;
        this.preGroupSessions = preGroupSessions;
        this.initialPhaseSessions = initialPhaseSessions;
        this.terminationPhaseSessions = terminationPhaseSessions;
        this.layWording = layWording;
        this.limitedSickRole = limitedSickRole;
        this.caregiverSessions = caregiverSessions;
        this.active = active;
        this.version = version;
    }

    static ProtocolRow create(UUID organisationId, String code, @Nullable String customName, ProtocolSettings s) {
        ProtocolRow row = new ProtocolRow(UUID.randomUUID(), organisationId, code, customName, s.delivery(), 0, 0, 0,
                s.cadence(), 0, 0, 0, 0, false, false, false, true, null);
        row.apply(customName, s, true);
        return row;
    }

    void apply(@Nullable String customName, ProtocolSettings s, boolean active) {
        this.customName = Text.clean(customName);
        this.delivery = s.delivery();
        this.defaultSessions = s.defaultSessions();
        this.minSessions = s.minSessions();
        this.maxSessions = s.maxSessions();
        this.cadence = s.cadence();
        this.sessionMinutes = s.sessionMinutes();
        this.preGroupSessions = s.preGroupSessions();
        this.initialPhaseSessions = s.initialPhaseSessions();
        this.terminationPhaseSessions = s.terminationPhaseSessions();
        this.layWording = s.layWording();
        this.limitedSickRole = s.limitedSickRole();
        this.caregiverSessions = s.caregiverSessions();
        this.active = active;
    }

    void expectVersion(long version) {
        this.version = version;
    }

    UUID getOrganisationId() {
        return organisationId;
    }

    Protocol toProtocol() {
        return new Protocol(new ProtocolId(id), code, customName,
                new ProtocolSettings(delivery, defaultSessions, minSessions, maxSessions, cadence, sessionMinutes,
                        preGroupSessions, initialPhaseSessions, terminationPhaseSessions, layWording, limitedSickRole,
                        caregiverSessions),
                active, version == null ? 0 : version);
    }
}
