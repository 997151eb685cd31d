package org.openipt.measures.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A format's measurement schedule as an administrator changed it; its entries are JSON (see {@link ScheduleStore}).
 * Version 0 is "not stored yet": saving it inserts version 1.
 */
@Table("measure_protocol_schedule")
record ProtocolScheduleRow(@Id UUID protocolId, UUID organisationId, String entries, Instant changedAt,
        @Version long version) {
}
