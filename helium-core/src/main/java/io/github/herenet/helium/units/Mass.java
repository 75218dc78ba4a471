package io.github.herenet.helium.units;

/**
 * A mass, stored in kilograms (kg).
 *
 * @param kilograms the mass in kg; finite and {@code >= 0}
 */
public record Mass(double kilograms) implements Comparable<Mass> {

    private static final double GRAMS_PER_KILOGRAM = 1000.0;

    /** No mass: 0 kg. */
    public static final Mass ZERO = new Mass(0.0);

    /**
     * Validates the mass.
     *
     * @param kilograms the mass in kg
     * @throws InvalidQuantityException if {@code kilograms} is not finite or is negative
     */
    public Mass {
        kilograms = Checks.finiteNonNegative("mass", kilograms, "kg");
    }

    /**
     * Creates a mass from kilograms.
     *
     * @param kilograms mass in kg; finite and {@code >= 0}
     * @return the mass
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Mass ofKilograms(double kilograms) {
        return new Mass(kilograms);
    }

    /**
     * Creates a mass from grams (1 g = 0.001 kg).
     *
     * @param grams mass in g; finite and {@code >= 0}
     * @return the mass
     * @throws InvalidQuantityException if the value is not finite or negative (message in g)
     */
    public static Mass ofGrams(double grams) {
        return new Mass(Checks.finiteNonNegative("mass", grams, "g") / GRAMS_PER_KILOGRAM);
    }

    /**
     * Returns the mass in grams.
     *
     * @return mass in g
     */
    public double grams() {
        return kilograms * GRAMS_PER_KILOGRAM;
    }

    /**
     * Adds a mass.
     *
     * @param other the mass to add
     * @return the sum
     * @throws InvalidQuantityException if the sum overflows to infinity
     */
    public Mass plus(Mass other) {
        return new Mass(kilograms + other.kilograms);
    }

    /**
     * Subtracts a mass. No rounding tolerance is applied: a result below zero, however small, throws.
     *
     * @param other the mass to subtract
     * @return the difference
     * @throws InvalidQuantityException if {@code other} is larger than this mass
     */
    public Mass minus(Mass other) {
        return new Mass(Checks.nonNegativeDifference("mass", kilograms, other.kilograms, "kg"));
    }

    /**
     * Orders masses from light to heavy.
     *
     * @param other the mass to compare with
     * @return negative, zero or positive as this is lighter, equal or heavier
     */
    @Override
    public int compareTo(Mass other) {
        return Double.compare(kilograms, other.kilograms);
    }

    /**
     * Returns the value in kilograms with its unit, e.g. {@code "1.5 kg"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return kilograms + " kg";
    }
}
