package org.openipt.groups;

import java.time.LocalDate;
import java.util.UUID;

import org.openipt.identity.UserId;
import org.openipt.protocol.ProtocolId;

/** A screening day for a group format: where, when, by which questionnaire and from which total a person is eligible. */
public record ScreeningDay(UUID id, ProtocolId protocolId, String site, LocalDate heldOn, String instrument,
        int eligibleFrom, UserId screenedBy) {
}
