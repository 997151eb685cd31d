package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AccountSecretsTests {

    @Test
    void aCodeIsTwoGroupsOfFiveFromAnAlphabetWithoutLettersThatLookLikeDigits() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            String code = AccountSecrets.newCode();
            assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}");
            codes.add(code);
        }
        assertThat(codes).as("no repeats in 2000").hasSize(2000);
    }

    @Test
    void aCodeIsReadAsItWasMeantWhateverTheCaseSpacesAndDashes() {
        assertThat(AccountSecrets.normaliseCode("7kq2m x9d4t")).isEqualTo("7KQ2M-X9D4T");
        assertThat(AccountSecrets.normaliseCode(" 7KQ2M-X9D4T ")).isEqualTo("7KQ2M-X9D4T");
        assertThat(AccountSecrets.normaliseCode("7kq2mx9d4t")).isEqualTo("7KQ2M-X9D4T");
        assertThat(AccountSecrets.normaliseCode("O1LI0-00000")).as("O is zero, I and L are one").isEqualTo("01110-00000");
    }

    @Test
    void aCodeOfTheWrongLengthOrWithOtherCharactersIsNoCode() {
        assertThat(AccountSecrets.normaliseCode("")).isEmpty();
        assertThat(AccountSecrets.normaliseCode("7KQ2M-X9D4")).isEmpty();
        assertThat(AccountSecrets.normaliseCode("7KQ2M-X9D4TT")).isEmpty();
        assertThat(AccountSecrets.normaliseCode("7KQ2M-X9D4U")).as("U is not in the alphabet").isEmpty();
        assertThat(AccountSecrets.normaliseCode("7KQ2M\u0000X9D4T")).isEmpty();
        assertThat(AccountSecrets.normaliseCode("7KQ2M-X9D4Ţ")).isEmpty();
    }

    @Test
    void aLinkSecretIsLongRandomAndSafeInAnAddress() {
        String secret = AccountSecrets.newLinkSecret();
        assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(AccountSecrets.newLinkSecret()).isNotEqualTo(secret);
    }

    @Test
    void onlyAHashIsStoredTheSameForTheSameSecret() {
        assertThat(AccountSecrets.hash("7KQ2M-X9D4T")).hasSize(64).matches("[0-9a-f]+")
                .isEqualTo(AccountSecrets.hash("7KQ2M-X9D4T")).isNotEqualTo(AccountSecrets.hash("7KQ2M-X9D4V"));
    }
}
