package org.openipt.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The secrets that let a person set a password without being signed in: a link's secret (256 random bits, safe in
 * a URL) and a short code to read out in a session (50 random bits in ten characters that cannot be mistaken for
 * one another when heard or typed: no I, L, O or U). Only a secret's hash is stored.
 */
public final class AccountSecrets {

    /** Crockford's base 32: digits and letters without I, L, O and U. */
    static final String CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    public static final int CODE_LENGTH = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountSecrets() {
    }

    public static String newLinkSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A code as it is read out: two groups of five, such as {@code 7KQ2M-X9D4T}. */
    public static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH + 1);
        for (int i = 0; i < CODE_LENGTH; i++) {
            if (i == CODE_LENGTH / 2) {
                code.append('-');
            }
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * A code as the person typed it, in the form it was issued: case, spaces and dashes do not matter, and the
     * letters people confuse with digits (O, I, L) are read as the digits; anything else that is not in the
     * alphabet leaves it unusable (empty).
     */
    public static String normaliseCode(String typed) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == ' ' || c == '-' || c == '\t') {
                continue;
            }
            char read = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (CODE_ALPHABET.indexOf(read) < 0) {
                return "";
            }
            code.append(read);
        }
        if (code.length() != CODE_LENGTH) {
            return "";
        }
        return code.insert(CODE_LENGTH / 2, '-').toString();
    }

    /** What is stored for a secret: its SHA-256, in hexadecimal. */
    public static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java runtime has SHA-256", impossible);
        }
    }
}
