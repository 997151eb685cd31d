package org.openipt.inventory.web;

import org.jspecify.annotations.Nullable;
import org.openipt.inventory.ClosenessRing;

/** The quick move of one person to another ring, with the version of the person it was shown with. */
public class RingForm {

    private @Nullable ClosenessRing ring;

    private long version;

    public @Nullable ClosenessRing getRing() { return ring; }
    public void setRing(@Nullable ClosenessRing ring) { this.ring = ring; }
    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
