package org.openipt.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The application hashes new passwords with bcrypt at a work factor of at least 10 (the test suite runs at 4, the
 * lowest, for speed), and a hash made at any factor still verifies, so changing the factor locks nobody out.
 */
class PasswordHashingTests {

    @Test
    void newPasswordsAreHashedWithBcryptAtTheApplicationsWorkFactorOfAtLeastTen() throws IOException {
        Properties application = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            application.load(in);
        }
        int strength = Integer.parseInt(application.getProperty("openipt.password.bcrypt-strength"));
        assertThat(strength).isGreaterThanOrEqualTo(10);

        PasswordEncoder production = new SecurityConfiguration().passwordEncoder(strength);
        String hash = production.encode("a long enough passphrase 42");
        assertThat(hash).startsWith("{bcrypt}$2a$" + strength + "$");
        assertThat(production.matches("a long enough passphrase 42", hash)).isTrue();
        assertThat(production.matches("a long enough passphrase 42",
                new SecurityConfiguration().passwordEncoder(4).encode("a long enough passphrase 42")))
                .as("a hash of another work factor").isTrue();
        assertThat(production.matches("another passphrase 42", hash)).isFalse();
    }
}
