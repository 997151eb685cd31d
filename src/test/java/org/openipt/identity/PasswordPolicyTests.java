package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTests {

    @Test
    void aLongUnrelatedPassphrasePasses() {
        assertThat(PasswordPolicy.problemsWith("walnut harbour lantern", "ana@example.org")).isEmpty();
    }

    @Test
    void shortWellKnownOrPersonalPasswordsAreRefusedWithEveryReason() {
        assertThat(PasswordPolicy.problemsWith("short", "ana@example.org")).contains("password.tooShort");
        assertThat(PasswordPolicy.problemsWith("Password1234", "ana@example.org")).contains("password.wellKnown");
        assertThat(PasswordPolicy.problemsWith("my-name-is-anabel!", "anabel@example.org"))
                .containsExactly("password.containsEmail");
        assertThat(PasswordPolicy.problemsWith("aaaaaaaaaaaaaaa", "x@example.org")).containsExactly("password.tooRepetitive");
    }
}
