package org.openipt.worksheet.web;

/** Deleting a worksheet names the version the person saw, so a worksheet changed meanwhile is not deleted unseen. */
public class DeleteForm {

    private long version;

    public long getVersion() { return version; }
    public void setVersion(long version) { this.version = version; }
}
