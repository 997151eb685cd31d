package org.openipt.identity;

import org.jspecify.annotations.Nullable;

/** What an administrator sets for the whole organisation, and the version to change it from. */
public record OrganisationSettings(String name, @Nullable String videoLink, boolean secondFactorRequired,
        long version) {

    /** The longest video link kept. */
    public static final int VIDEO_LINK_LENGTH = 500;
}
