package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Authenticator codes agree with RFC 6238's own test values, and accept only a code of the moment, once typed. */
class AuthenticatorCodesTests {

    /** RFC 6238 appendix B's SHA-1 key, "12345678901234567890", in the base 32 the apps read. */
    static final String RFC_SECRET = AuthenticatorCodes.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest
    @CsvSource({ "59, 287082", "1111111109, 081804", "1111111111, 050471", "1234567890, 005924",
            "2000000000, 279037", "20000000000, 353130" })
    void codesAreTheLastSixDigitsOfRfc6238sTestValues(long epochSecond, String code) {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(AuthenticatorCodes.codeAt(RFC_SECRET, Instant.ofEpochSecond(epochSecond))).isEqualTo(code);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotOneFurtherAway() {
        Instant now = Instant.ofEpochSecond(1_234_567_890);
        long step = AuthenticatorCodes.stepAt(now);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "005924", now)).hasValue(step);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "005 924", now)).as("spaces as apps show them")
                .hasValue(step);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET,
                AuthenticatorCodes.codeAt(RFC_SECRET, now.minusSeconds(30)), now)).hasValue(step - 1);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET,
                AuthenticatorCodes.codeAt(RFC_SECRET, now.plusSeconds(30)), now)).hasValue(step + 1);
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET,
                AuthenticatorCodes.codeAt(RFC_SECRET, now.minusSeconds(90)), now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "", now)).isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "00592４", now)).as("a full-width digit").isEmpty();
        assertThat(AuthenticatorCodes.matchingStep(RFC_SECRET, "0059245", now)).isEmpty();
    }

    @Test
    void aNewSecretIs160RandomBitsThatRoundTripThroughBase32() {
        String secret = AuthenticatorCodes.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+").isNotEqualTo(AuthenticatorCodes.newSecret());
        assertThat(AuthenticatorCodes.base32(AuthenticatorCodes.unbase32(secret))).isEqualTo(secret);
        assertThat(AuthenticatorCodes.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
    }

    @Test
    void theQrCodesAddressNamesOpenIptAndTheAccountEscaped() {
        assertThat(AuthenticatorCodes.provisioningUri("OpenIPT", "ana lópez@example.org", "ABCD"))
                .isEqualTo("otpauth://totp/OpenIPT:ana%20l%C3%B3pez%40example.org?secret=ABCD&issuer=OpenIPT"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
