package org.openipt.protocol.web;

import org.jspecify.annotations.Nullable;
import org.openipt.protocol.Cadence;
import org.openipt.protocol.Delivery;
import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolSettings;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's view of a format's settings. */
public class ProtocolForm {

    @Size(max = 200, message = "{field.tooLong}")
    private String name = "";
    @NotNull
    private Delivery delivery = Delivery.INDIVIDUAL;
    @Min(value = 1, message = "{protocol.number.invalid}") @Max(value = ProtocolSettings.MOST_SESSIONS, message = "{protocol.number.invalid}")
    private int defaultSessions = 12;
    @Min(value = 1, message = "{protocol.number.invalid}") @Max(value = ProtocolSettings.MOST_SESSIONS, message = "{protocol.number.invalid}")
    private int minSessions = 8;
    @Min(value = 1, message = "{protocol.number.invalid}") @Max(value = ProtocolSettings.MOST_SESSIONS, message = "{protocol.number.invalid}")
    private int maxSessions = 16;
    @NotNull
    private Cadence cadence = Cadence.WEEKLY;
    @Min(value = 5, message = "{protocol.minutes.invalid}") @Max(value = 240, message = "{protocol.minutes.invalid}")
    private int sessionMinutes = 50;
    @Min(value = 0, message = "{protocol.number.invalid}")
    private int preGroupSessions;
    @Min(value = 0, message = "{protocol.number.invalid}")
    private int initialPhaseSessions = 3;
    @Min(value = 0, message = "{protocol.number.invalid}")
    private int terminationPhaseSessions = 3;
    private boolean layWording;
    private boolean limitedSickRole;
    private boolean caregiverSessions;
    private boolean active = true;
    private long version;

    static ProtocolForm of(Protocol protocol) {
        ProtocolForm form = new ProtocolForm();
        ProtocolSettings s = protocol.settings();
        form.name = protocol.customName() == null ? "" : protocol.customName();
        form.delivery = s.delivery();
        form.defaultSessions = s.defaultSessions();
        form.minSessions = s.minSessions();
        form.maxSessions = s.maxSessions();
        form.cadence = s.cadence();
        form.sessionMinutes = s.sessionMinutes();
        form.preGroupSessions = s.preGroupSessions();
        form.initialPhaseSessions = s.initialPhaseSessions();
        form.terminationPhaseSessions = s.terminationPhaseSessions();
        form.layWording = s.layWording();
        form.limitedSickRole = s.limitedSickRole();
        form.caregiverSessions = s.caregiverSessions();
        form.active = protocol.active();
        form.version = protocol.version();
        return form;
    }

    ProtocolSettings settings() {
        return new ProtocolSettings(delivery, defaultSessions, minSessions, maxSessions, cadence, sessionMinutes,
                preGroupSessions, initialPhaseSessions, terminationPhaseSessions, layWording, limitedSickRole,
                caregiverSessions);
    }

    public String getName() { return name; }
    public void setName(@Nullable String name) { this.name = name == null ? "" : name; }
    public Delivery getDelivery() { return delivery; }
    public void setDelivery(Delivery delivery) { this.delivery = delivery; }
    public int getDefaultSessions() { return defaultSessions; }
    public void setDefaultSessions(int defaultSessions) { this.defaultSessions = defaultSessions; }
    public int getMinSessions() { return minSessions; }
    public void setMinSessions(int minSessions) { this.minSessions = minSessions; }
    public int getMaxSessions() { return maxSessions; }
    public void setMaxSessions(int maxSessions) { this.maxSessions = maxSessions; }
    public Cadence getCadence() { return cadence; }
    public void setCadence(Cadence cadence) { this.cadence = cadence; }
    public int getSessionMinutes() { return sessionMinutes; }
    public void setSessionMinutes(int sessionMinutes) { this.sessionMinutes = sessionMinutes; }
    public int getPreGroupSessions() { return preGroupSessions; }
    public void setPreGroupSessions(int preGroupSessions) { this.preGroupSessions = preGroupSessions; }
    public int getInitialPhaseSessions() { return initialPhaseSessions; }
    public void setInitialPhaseSessions(int initialPhaseSessions) { this.initialPhaseSessions = initialPhaseSessions; }
    public int getTerminationPhaseSessions() { return terminationPhaseSessions; }
    public void setTerminationPhaseSessions(int terminationPhaseSessions) { this.terminationPhaseSessions = terminationPhaseSessions; }
    public boolean isLayWording() { return layWording; }
    public void setLayWording(boolean layWording) { this.layWording = layWording; }
    public boolean isLimitedSickRole() { return limitedSickRole; }
    public void setLimitedSickRole(boolean limitedSickRole) { this.limitedSickRole = limitedSickRole; }
    public boolean isCaregiverSessions() { return caregiverSessions; }
    public void setCaregiverSessions(boolean caregiverSessions) { this.caregiverSessions = caregiverSessions; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
