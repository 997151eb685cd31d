package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SignInNamesTests {

    @Test
    void aNameOfLettersDigitsDotsDashesAndUnderscoresWillDo() {
        assertThat(SignInNames.problemsWith("amina.k")).isEmpty();
        assertThat(SignInNames.problemsWith("  Juan_Perez-2 ")).as("case and spaces around do not matter").isEmpty();
        assertThat(SignInNames.normalise("  Juan_Perez-2 ")).isEqualTo("juan_perez-2");
    }

    @Test
    void anEmailAddressWillDo() {
        assertThat(SignInNames.problemsWith("Amina@Example.org")).isEmpty();
        assertThat(SignInNames.problemsWith("amina@example")).containsExactly("signIn.emailInvalid");
        assertThat(SignInNames.problemsWith("a@b@example.org")).containsExactly("signIn.emailInvalid");
    }

    @Test
    void otherNamesAreRefusedWithTheirReason() {
        assertThat(SignInNames.problemsWith("   ")).containsExactly("signIn.required");
        assertThat(SignInNames.problemsWith("ab")).containsExactly("signIn.nameLength");
        assertThat(SignInNames.problemsWith("a".repeat(61))).containsExactly("signIn.nameLength");
        assertThat(SignInNames.problemsWith("josé")).containsExactly("signIn.nameCharacters");
        assertThat(SignInNames.problemsWith("two words")).containsExactly("signIn.nameCharacters");
        assertThat(SignInNames.problemsWith("nul\u0000name")).containsExactly("signIn.nameCharacters");
        assertThat(SignInNames.problemsWith("\u202Eadmin")).containsExactly("signIn.nameCharacters");
    }
}
