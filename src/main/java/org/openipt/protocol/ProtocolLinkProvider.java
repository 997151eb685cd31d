package org.openipt.protocol;

import java.util.List;

/**
 * Implemented by modules that keep settings of their own per format (measures: its measurement schedule), so the
 * format's administration page links to them without the protocol module knowing those modules.
 */
public interface ProtocolLinkProvider {

    List<ProtocolLink> linksOf(Protocol protocol);
}
