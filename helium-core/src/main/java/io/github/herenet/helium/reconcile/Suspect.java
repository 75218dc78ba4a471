package io.github.herenet.helium.reconcile;

import java.util.Objects;

/**
 * A gross error found by {@link BalanceModel#detectGrossErrors}: a measurement with a bias (a faulty
 * meter, a misread level) or a balance with an unknown extra outflow (a leak, an unrecorded vent).
 *
 * @param name  the measurement's or the balance's name
 * @param kind  which of the two
 * @param index the variable's index for a measurement, the balance's index for a balance
 * @param size  the estimated error: for a measurement, how much it reads above the value the balances
 *              support (positive: reads high); for a balance, the amount by which sum(coefficient * x)
 *              exceeds 0, so with inflows counted positive a positive size is helium that came in and
 *              left by no measured path (a leak). Estimated jointly with the other suspects.
 * @param z     the estimate divided by its standard deviation (jointly with the other suspects)
 */
public record Suspect(String name, Kind kind, int index, double size, double z) {

    /** What kind of gross error. */
    public enum Kind {
        /** A biased measurement: a faulty meter or a misread instrument. */
        MEASUREMENT,
        /** An unknown outflow at a balance: a leak at that node. */
        BALANCE
    }

    /** @throws NullPointerException if the name or kind is missing */
    public Suspect {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }
}
