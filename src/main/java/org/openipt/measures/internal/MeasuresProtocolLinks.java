package org.openipt.measures.internal;

import java.util.List;

import org.openipt.protocol.Protocol;
import org.openipt.protocol.ProtocolLink;
import org.openipt.protocol.ProtocolLinkProvider;
import org.springframework.stereotype.Component;

/** The format's administration page links to its measurement schedule. */
@Component
class MeasuresProtocolLinks implements ProtocolLinkProvider {

    @Override
    public List<ProtocolLink> linksOf(Protocol protocol) {
        return List.of(new ProtocolLink("schedule.protocol.link", "/admin/protocols/" + protocol.id() + "/measures"));
    }
}
