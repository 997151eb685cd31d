package org.openipt.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a password must be: long enough to resist guessing, not the e-mail, not a well-known password.
 * Returns message keys so the person reads every problem at once.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> WELL_KNOWN = Set.of("password1234", "123456789012", "qwertyuiopas",
            "passwordpassword", "iloveyou1234", "welcome12345", "letmein12345", "changeme1234", "administrator");

    private PasswordPolicy() {
    }

    public static List<String> problemsWith(String password, String email) {
        List<String> problems = new ArrayList<>();
        if (password.length() < MIN_LENGTH) {
            problems.add("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            problems.add("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (WELL_KNOWN.contains(lower)) {
            problems.add("password.wellKnown");
        }
        String localPart = email.contains("@") ? email.substring(0, email.indexOf('@')) : email;
        if (!localPart.isBlank() && lower.contains(localPart.toLowerCase(Locale.ROOT))) {
            problems.add("password.containsEmail");
        }
        if (password.chars().distinct().count() < 5) {
            problems.add("password.tooRepetitive");
        }
        return problems;
    }
}
