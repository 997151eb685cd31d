package org.openipt.shared.svg;

/**
 * The words of a server-drawn picture (trajectory chart, timeline, closeness circle), from the message bundles in the
 * reader's language: a key and its MessageFormat arguments.
 */
@FunctionalInterface
public interface PictureLabels {

    String text(String key, Object... arguments);
}
