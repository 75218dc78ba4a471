package io.github.herenet.helium.units;

/**
 * An amount of substance, stored in moles (mol).
 *
 * @param moles the amount in mol; finite and {@code >= 0}
 */
public record AmountOfSubstance(double moles) implements Comparable<AmountOfSubstance> {

    private static final double MOLES_PER_KILOMOLE = 1000.0;

    /**
     * Validates the amount.
     *
     * @param moles the amount in mol
     * @throws InvalidQuantityException if {@code moles} is not finite or is negative
     */
    public AmountOfSubstance {
        moles = Checks.finiteNonNegative("amount of substance", moles, "mol");
    }

    /**
     * Creates an amount from moles.
     *
     * @param moles amount in mol; finite and {@code >= 0}
     * @return the amount
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static AmountOfSubstance ofMoles(double moles) {
        return new AmountOfSubstance(moles);
    }

    /**
     * Creates an amount from kilomoles (1 kmol = 1000 mol).
     *
     * @param kilomoles amount in kmol; finite and {@code >= 0}
     * @return the amount
     * @throws InvalidQuantityException if the value is not finite or negative (message in kmol)
     */
    public static AmountOfSubstance ofKilomoles(double kilomoles) {
        return new AmountOfSubstance(
                Checks.finiteNonNegative("amount of substance", kilomoles, "kmol") * MOLES_PER_KILOMOLE);
    }

    /**
     * Orders amounts from small to large.
     *
     * @param other the amount to compare with
     * @return negative, zero or positive as this is smaller, equal or larger
     */
    @Override
    public int compareTo(AmountOfSubstance other) {
        return Double.compare(moles, other.moles);
    }

    /**
     * Returns the value in moles with its unit, e.g. {@code "2.5 mol"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return moles + " mol";
    }
}
