package org.openipt.measures;

import java.util.List;

import org.openipt.protocol.Protocol;

/**
 * A format's measurement schedule as its administrator edits it.
 *
 * @param builtIn whether it is still the format's built-in default (never changed)
 * @param version 0 while never stored
 */
public record ProtocolSchedule(Protocol protocol, MeasureSchedule schedule, boolean builtIn, long version,
        List<InstrumentDefinition> instruments) {

    public ProtocolSchedule {
        instruments = List.copyOf(instruments);
    }
}
