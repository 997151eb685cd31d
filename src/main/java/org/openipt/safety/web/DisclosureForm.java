package org.openipt.safety.web;

import org.jspecify.annotations.Nullable;
import org.openipt.safety.RiskEventRules;

import jakarta.validation.constraints.Size;

/** A risk event opened by hand: what the client disclosed, in the clinician's words. */
public class DisclosureForm {

    @Size(max = RiskEventRules.MAX_TEXT, message = "{field.tooLong}")
    private @Nullable String disclosure;

    public @Nullable String getDisclosure() { return disclosure; }
    public void setDisclosure(@Nullable String disclosure) { this.disclosure = disclosure; }
}
