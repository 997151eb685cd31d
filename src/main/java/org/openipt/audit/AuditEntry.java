package org.openipt.audit;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One line of the trail. {@code detail} says what changed as a message key with arguments, separated by
 * {@code |} (for example {@code history.extended|12|14}): translatable, and never the content of a note.
 * {@code underEmergencyAccess} marks what a clinician outside the care team did while an emergency access lasted.
 */
public record AuditEntry(Instant occurredAt, @Nullable String userName, @Nullable String role, AuditAction action,
        String objectType, @Nullable UUID objectId, AuditOutcome outcome, @Nullable String detail,
        boolean underEmergencyAccess) {

    public static String detail(String messageKey, Object... arguments) {
        StringBuilder detail = new StringBuilder(messageKey);
        for (Object argument : arguments) {
            detail.append('|').append(argument);
        }
        return detail.toString();
    }

    public String detailKey() {
        return detail == null ? "audit.action." + action : detail.split("\\|")[0];
    }

    public Object[] detailArguments() {
        if (detail == null) {
            return new Object[0];
        }
        String[] parts = detail.split("\\|");
        return java.util.Arrays.copyOfRange(parts, 1, parts.length);
    }
}
