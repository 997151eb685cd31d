package org.openipt.identity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a person signs in with: an e-mail address, or, for a client invited by a code who has none, a sign-in name
 * they choose (letters, digits, dots, dashes and underscores). Both are compared without regard to case.
 */
public final class SignInNames {

    public static final int MIN_NAME = 3;
    public static final int MAX_NAME = 60;
    public static final int MAX_EMAIL = 254;

    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private SignInNames() {
    }

    public static String normalise(String signIn) {
        return signIn.strip().toLowerCase(Locale.ROOT);
    }

    /** Message keys for what is wrong with a chosen sign-in (an e-mail address or a name); empty when it will do. */
    public static List<String> problemsWith(String signIn) {
        String value = normalise(signIn);
        if (value.isEmpty()) {
            return List.of("signIn.required");
        }
        if (value.contains("@")) {
            return value.length() <= MAX_EMAIL && EMAIL.matcher(value).matches() ? List.of()
                    : List.of("signIn.emailInvalid");
        }
        if (value.length() < MIN_NAME || value.length() > MAX_NAME) {
            return List.of("signIn.nameLength");
        }
        return NAME.matcher(value).matches() ? List.of() : List.of("signIn.nameCharacters");
    }
}
