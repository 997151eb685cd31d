package org.openipt.caseload.web;

import org.jspecify.annotations.Nullable;

/** How a clinician invites a client to the portal: {@code EMAIL} with an address, or {@code CODE}. */
class PortalInvitationForm {

    private @Nullable String channel;
    private String email = "";

    public @Nullable String getChannel() { return channel; }
    public void setChannel(@Nullable String channel) { this.channel = channel; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
}
