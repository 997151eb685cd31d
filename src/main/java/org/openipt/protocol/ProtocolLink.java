package org.openipt.protocol;

/** A link another module adds to a format's administration page: the message key of its text and its path. */
public record ProtocolLink(String labelKey, String path) {
}
