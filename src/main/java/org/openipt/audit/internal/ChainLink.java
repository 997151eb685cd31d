package org.openipt.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One link of the audit chain: SHA-256 of the previous link's hash and every column of an audit row, each written
 * with its length (or {@code ~} for none) so that no two different rows read the same. Times count to the
 * microsecond, as both databases keep them.
 */
public record ChainLink(UUID id, Instant occurredAt, @Nullable UUID organisationId, @Nullable UUID userId,
        @Nullable String userRole, @Nullable UUID clientId, String action, String objectType, @Nullable UUID objectId,
        String outcome, @Nullable String detail, @Nullable UUID emergencyAccessId) {

    public static final String START = "0".repeat(64);

    public String hashAfter(String previousHash) {
        StringBuilder text = new StringBuilder(previousHash);
        for (Object column : new Object[] { id, occurredAt.truncatedTo(ChronoUnit.MICROS), organisationId, userId,
                userRole, clientId, action, objectType, objectId, outcome, detail, emergencyAccessId }) {
            String value = column == null ? null : column.toString();
            text.append('|').append(value == null ? "~" : value.length() + ":" + value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
