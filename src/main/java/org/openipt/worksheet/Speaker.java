package org.openipt.worksheet;

/** Who spoke in one turn of the exchange a communication analysis rebuilds. */
public enum Speaker {
    CLIENT, OTHER
}
