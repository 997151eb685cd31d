package org.openipt.referral;

import java.util.UUID;

import org.openipt.shared.Identifier;

/** A self-referral's id. */
public record ReferralId(UUID value) implements Identifier {

    @Override
    public String toString() {
        return value.toString();
    }
}
