package io.github.herenet.helium.units;

/**
 * A volume, stored in cubic metres (m3).
 *
 * @param cubicMetres the volume in m3; finite and {@code >= 0}
 */
public record Volume(double cubicMetres) implements Comparable<Volume> {

    private static final double LITRES_PER_CUBIC_METRE = 1000.0;

    /** No volume: 0 m3. */
    public static final Volume ZERO = new Volume(0.0);

    /**
     * Validates the volume.
     *
     * @param cubicMetres the volume in m3
     * @throws InvalidQuantityException if {@code cubicMetres} is not finite or is negative
     */
    public Volume {
        cubicMetres = Checks.finiteNonNegative("volume", cubicMetres, "m3");
    }

    /**
     * Creates a volume from cubic metres.
     *
     * @param cubicMetres volume in m3; finite and {@code >= 0}
     * @return the volume
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Volume ofCubicMetres(double cubicMetres) {
        return new Volume(cubicMetres);
    }

    /**
     * Creates a volume from litres (1 L = 0.001 m3).
     *
     * @param litres volume in L; finite and {@code >= 0}
     * @return the volume
     * @throws InvalidQuantityException if the value is not finite or negative (message in L)
     */
    public static Volume ofLitres(double litres) {
        return new Volume(Checks.finiteNonNegative("volume", litres, "L") / LITRES_PER_CUBIC_METRE);
    }

    /**
     * Returns the volume in litres.
     *
     * @return volume in L
     */
    public double litres() {
        return cubicMetres * LITRES_PER_CUBIC_METRE;
    }

    /**
     * Adds a volume.
     *
     * @param other the volume to add
     * @return the sum
     * @throws InvalidQuantityException if the sum overflows to infinity
     */
    public Volume plus(Volume other) {
        return new Volume(cubicMetres + other.cubicMetres);
    }

    /**
     * Subtracts a volume. No rounding tolerance is applied: a result below zero, however small, throws.
     *
     * @param other the volume to subtract
     * @return the difference
     * @throws InvalidQuantityException if {@code other} is larger than this volume
     */
    public Volume minus(Volume other) {
        return new Volume(Checks.nonNegativeDifference("volume", cubicMetres, other.cubicMetres, "m3"));
    }

    /**
     * Orders volumes from small to large.
     *
     * @param other the volume to compare with
     * @return negative, zero or positive as this is smaller, equal or larger
     */
    @Override
    public int compareTo(Volume other) {
        return Double.compare(cubicMetres, other.cubicMetres);
    }

    /**
     * Returns the value in cubic metres with its unit, e.g. {@code "0.047 m3"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return cubicMetres + " m3";
    }
}
