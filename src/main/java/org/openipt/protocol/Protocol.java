package org.openipt.protocol;

import org.jspecify.annotations.Nullable;

/**
 * An IPT format as an organisation runs it. {@code code} names a built-in format (its name comes from the
 * message bundle) unless the organisation gave it a name of its own.
 */
public record Protocol(ProtocolId id, String code, @Nullable String customName, ProtocolSettings settings,
        boolean active, long version) {

    public String nameKey() {
        return "protocol.code." + code;
    }

    /** Which wording the format's pages use for clinical terms: plain words for lay formats. */
    public String wording() {
        return settings.layWording() ? "lay" : "clinical";
    }

    public boolean allowsSessions(int sessions) {
        return sessions >= settings.minSessions() && sessions <= settings.maxSessions();
    }
}
