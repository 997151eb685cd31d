package org.openipt.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A person's second factor as they see it on their account: when it was set up and how many recovery codes remain. */
public record SecondFactorStatus(@Nullable Instant setUpAt, int recoveryCodesLeft, boolean required) {

    public boolean setUp() {
        return setUpAt != null;
    }

    /** Only a person whose organisation does not require it may switch their second factor off. */
    public boolean mayRemove() {
        return setUp() && !required;
    }
}
