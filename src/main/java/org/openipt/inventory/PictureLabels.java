package org.openipt.inventory;

/** The words of a picture, from the message bundles in the reader's language. */
@FunctionalInterface
public interface PictureLabels {

    String text(String key, Object... arguments);
}
