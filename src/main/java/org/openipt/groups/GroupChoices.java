package org.openipt.groups;

import java.util.List;

import org.openipt.identity.UserSummary;
import org.openipt.measures.InstrumentDefinition;
import org.openipt.protocol.Protocol;

/** What a group form offers: the organisation's active group formats, its clinicians, supervisors and instruments. */
public record GroupChoices(List<Protocol> formats, List<UserSummary> facilitators, List<UserSummary> supervisors,
        List<InstrumentDefinition> instruments) {
}
