package org.openipt.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openipt.support.MovingClock;

/** The waits of {@link SignInThrottle}, by the clock: free failures, doubling, the cap, forgetting, other places. */
class SignInThrottleTests {

    final MovingClock clock = new MovingClock();
    final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveFailuresAreFreeThenEachWaitDoublesFromTheLatestFailure() {
        fail("203.0.113.1", "clinician@example.org", 4);
        assertThat(throttle.waitBefore("203.0.113.1", "clinician@example.org")).isZero();

        fail("203.0.113.1", "clinician@example.org", 1);
        assertThat(throttle.waitBefore("203.0.113.1", "clinician@example.org")).isEqualTo(Duration.ofSeconds(1));
        fail("203.0.113.1", "clinician@example.org", 3);
        assertThat(throttle.waitBefore("203.0.113.1", "clinician@example.org")).isEqualTo(Duration.ofSeconds(8));

        clock.pass(Duration.ofSeconds(5));
        assertThat(throttle.waitBefore("203.0.113.1", "clinician@example.org")).isEqualTo(Duration.ofSeconds(3));
        clock.pass(Duration.ofSeconds(3));
        assertThat(throttle.waitBefore("203.0.113.1", "clinician@example.org")).isZero();
    }

    @Test
    void theWaitNeverGrowsBeyondFifteenMinutes() {
        fail("203.0.113.2", "clinician@example.org", 40);

        assertThat(throttle.waitBefore("203.0.113.2", "clinician@example.org")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theSameAccountFromAnotherAddressNeverWaits() {
        fail("203.0.113.3", "Clinician@Example.org ", 30);

        assertThat(throttle.waitBefore("203.0.113.3", "clinician@example.org")).isPositive();
        assertThat(throttle.waitBefore("198.51.100.3", "clinician@example.org")).isZero();
    }

    @Test
    void tenFailuresOnAnyAccountsSlowTheAddressForEveryAccount() {
        for (int account = 0; account < 10; account++) {
            fail("203.0.113.4", "guess" + account + "@example.org", 1);
        }

        assertThat(throttle.waitBefore("203.0.113.4", "clinician@example.org")).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aSuccessStartsTheAccountsCountAgainButNotTheAddresses() {
        for (int account = 0; account < 9; account++) {
            fail("203.0.113.5", "guess" + account + "@example.org", 1);
        }
        fail("203.0.113.5", "mine@example.org", 5);
        throttle.succeeded("203.0.113.5", "mine@example.org");

        assertThat(throttle.waitBefore("203.0.113.5", "another@example.org")).as("the address keeps its failures")
                .isPositive();
    }

    @Test
    void failuresOlderThanAnHourAreForgotten() {
        fail("203.0.113.6", "clinician@example.org", 12);
        clock.pass(Duration.ofMinutes(61));

        assertThat(throttle.waitBefore("203.0.113.6", "clinician@example.org")).isZero();
        fail("203.0.113.6", "clinician@example.org", 1);
        assertThat(throttle.waitBefore("203.0.113.6", "clinician@example.org")).as("counting starts again").isZero();
    }

    private void fail(String address, String account, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, account);
        }
    }
}
