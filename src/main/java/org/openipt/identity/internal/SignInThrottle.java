package org.openipt.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting a stranger lock a clinician out. Failures are counted per source address
 * (whatever the account) and per account from that address; past a few free failures each further attempt from that
 * address must wait a growing time ({@link Backoff}). Nothing is counted against the account as such: the clinician
 * signing in from their own device is never kept waiting by someone guessing elsewhere. Failures older than an hour
 * are forgotten. Kept in memory on each node (a restart forgets; several nodes each count their own).
 */
@Component
public class SignInThrottle {

    /** Any account from one address: a little more room, for a shared computer or a clinic behind one address. */
    static final Backoff FROM_ADDRESS = new Backoff(10, Duration.ofMinutes(15));
    /** One account from one address. */
    static final Backoff FOR_ACCOUNT_FROM_ADDRESS = new Backoff(5, Duration.ofMinutes(15));
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long an attempt from this address for this account must still wait; zero when it may go ahead. */
    Duration waitBefore(String address, String account) {
        Instant now = clock.instant();
        Duration fromAddress = wait(addressKey(address), FROM_ADDRESS, now);
        Duration forAccount = wait(accountKey(address, account), FOR_ACCOUNT_FROM_ADDRESS, now);
        return fromAddress.compareTo(forAccount) >= 0 ? fromAddress : forAccount;
    }

    /** A wait as the whole seconds a person is told (at least one, rounded up). */
    public static long seconds(Duration wait) {
        return Math.max(1, wait.toSeconds() + (wait.toMillisPart() > 0 ? 1 : 0));
    }

    void failed(String address, String account) {
        Instant now = clock.instant();
        failures.merge(addressKey(address), Failures.first(now), (earlier, one) -> earlier.plusOneAt(now));
        failures.merge(accountKey(address, account), Failures.first(now), (earlier, one) -> earlier.plusOneAt(now));
    }

    /** The right password from this address: its count for the account starts again (not the address's own). */
    void succeeded(String address, String account) {
        failures.remove(accountKey(address, account));
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetOldFailures() {
        Instant now = clock.instant();
        failures.values().removeIf(count -> count.forgotten(now));
    }

    private Duration wait(String key, Backoff backoff, Instant now) {
        Failures count = failures.get(key);
        if (count == null || count.forgotten(now)) {
            return Duration.ZERO;
        }
        return backoff.waitAfter(count.number(), count.last(), now);
    }

    private static String addressKey(String address) {
        return address;
    }

    private static String accountKey(String address, String account) {
        return address + " " + account.strip().toLowerCase(Locale.ROOT);
    }

    record Failures(int number, Instant last) {
        static Failures first(Instant at) {
            return new Failures(1, at);
        }

        Failures plusOneAt(Instant at) {
            return forgotten(at) ? first(at) : new Failures(number + 1, at);
        }

        boolean forgotten(Instant now) {
            return last.plus(FORGET_AFTER).isBefore(now);
        }
    }

    /**
     * A number of free failures, then a wait after the latest one that doubles with each failure: one second after
     * the first failure beyond the free ones, two after the next, up to the cap.
     */
    record Backoff(int free, Duration cap) {

        Duration waitAfter(int failures, Instant lastFailure, Instant now) {
            if (failures < free) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - free, 30);
            Duration delay = Duration.ofSeconds(1L << doublings);
            Duration wait = (delay.compareTo(cap) > 0 ? cap : delay).minus(Duration.between(lastFailure, now));
            return wait.isNegative() ? Duration.ZERO : wait;
        }
    }
}
