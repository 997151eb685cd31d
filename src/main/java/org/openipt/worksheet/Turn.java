package org.openipt.worksheet;

import org.jspecify.annotations.Nullable;

/** One turn of the exchange: who spoke, what was said (as close to the words as remembered), how, and what the client felt. */
public record Turn(Speaker speaker, String said, @Nullable String how, @Nullable String felt) {
}
