package org.openipt.measures;

/**
 * The Jacobson–Truax (1991) parameters of one instrument, as configured by an organisation: ipt-reference §5.10
 * gives none for any instrument we ship (its SD 5.5, r 0.84 example is marked "not an official derivation"), so
 * there is no default. The standard error variant used is the original Jacobson–Truax one:
 * SE = SD × √(1 − r), S_diff = √(2 × SE²), RC = (post − pre) / S_diff, reliable when |RC| &gt; 1.96
 * (not the Maassen 2004 or Temkin variants).
 *
 * @param sd the baseline (or normative) standard deviation of the total
 * @param reliability the reliability coefficient r, between 0 and 1 (exclusive)
 * @param source where the numbers come from, for the report
 */
public record ReliableChangeParameters(double sd, double reliability, String source) {

    /** |RC| must exceed this for the change to count as reliable (p &lt; .05). */
    public static final double CRITICAL_VALUE = 1.96;

    public ReliableChangeParameters {
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new IllegalArgumentException("the SD must be positive");
        }
        if (!(reliability > 0 && reliability < 1)) {
            throw new IllegalArgumentException("the reliability must lie between 0 and 1");
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("name the source of the parameters");
        }
    }

    public double standardError() {
        return sd * Math.sqrt(1 - reliability);
    }

    public double standardErrorOfDifference() {
        double se = standardError();
        return Math.sqrt(2 * se * se);
    }

    /** The smallest raw change that counts as reliable: 1.96 × S_diff. */
    public double minimumReliableChange() {
        return CRITICAL_VALUE * standardErrorOfDifference();
    }

    /** RC = (post − pre) / S_diff: negative when the score fell. */
    public double index(int pre, int post) {
        return (post - pre) / standardErrorOfDifference();
    }
}
