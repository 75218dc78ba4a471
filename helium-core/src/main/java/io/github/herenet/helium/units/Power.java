package io.github.herenet.helium.units;

/**
 * A power or heat flow (heat leaks, machine power), stored in watts (W).
 *
 * @param watts the power in W; finite and {@code >= 0}
 */
public record Power(double watts) implements Comparable<Power> {

    /**
     * Validates the power.
     *
     * @param watts the power in W
     * @throws InvalidQuantityException if {@code watts} is not finite or is negative
     */
    public Power {
        watts = Checks.finiteNonNegative("power", watts, "W");
    }

    /**
     * Creates a power from watts.
     *
     * @param watts power in W; finite and {@code >= 0}
     * @return the power
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Power ofWatts(double watts) {
        return new Power(watts);
    }

    /**
     * Creates a power from milliwatts (1 mW = 0.001 W).
     *
     * @param milliwatts power in mW; finite and {@code >= 0}
     * @return the power
     * @throws InvalidQuantityException if the value is not finite or negative (message in mW)
     */
    public static Power ofMilliwatts(double milliwatts) {
        return new Power(Checks.finiteNonNegative("power", milliwatts, "mW") / 1000.0);
    }

    /**
     * Creates a power from kilowatts (1 kW = 1000 W).
     *
     * @param kilowatts power in kW; finite and {@code >= 0}
     * @return the power
     * @throws InvalidQuantityException if the value is not finite or negative (message in kW)
     */
    public static Power ofKilowatts(double kilowatts) {
        return new Power(Checks.finiteNonNegative("power", kilowatts, "kW") * 1000.0);
    }

    /**
     * Orders powers from low to high.
     *
     * @param other the power to compare with
     * @return negative, zero or positive as this is lower, equal or higher
     */
    @Override
    public int compareTo(Power other) {
        return Double.compare(watts, other.watts);
    }

    /**
     * Returns the value in watts with its unit, e.g. {@code "0.05 W"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return watts + " W";
    }
}
