package org.openipt.measures;

/** The words of a chart, from the message bundles in the reader's language (key and MessageFormat arguments). */
@FunctionalInterface
public interface ChartLabels {

    String text(String key, Object... arguments);
}
