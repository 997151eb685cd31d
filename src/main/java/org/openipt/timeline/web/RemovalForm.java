package org.openipt.timeline.web;

/** The confirmed removal of one entry of the timeline, with the version it was shown with. */
public class RemovalForm {

    private long version;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
