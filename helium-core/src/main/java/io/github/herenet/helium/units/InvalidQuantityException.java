package io.github.herenet.helium.units;

/**
 * Thrown when a value cannot represent a physical quantity: it is NaN, infinite, or outside
 * the physically allowed range (for example a negative volume or a temperature below absolute zero).
 *
 * <p>The message reads like {@code volume must be finite and >= 0 m3, got NaN} or
 * {@code temperature must be >= 0 K (absolute zero), got -3.0 K}.
 */
public final class InvalidQuantityException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String quantity;
    private final double value;

    /**
     * Creates an exception with the message {@code "<quantity> must be <requirement>, got <value> <unit>"}.
     * A non-finite value is shown without its unit ({@code got NaN}, {@code got Infinity}).
     *
     * @param quantity    name of the quantity, e.g. {@code "volume"}
     * @param value       the offending value, in the unit the caller gave it
     * @param unit        symbol of that unit, e.g. {@code "m3"}, {@code "C"}, {@code "bar"}
     * @param requirement what is allowed, e.g. {@code "finite and >= 0 m3"}
     */
    public InvalidQuantityException(String quantity, double value, String unit, String requirement) {
        this(quantity + " must be " + requirement + ", got " + describe(value, unit), quantity, value);
    }

    private InvalidQuantityException(String message, String quantity, double value) {
        super(message);
        this.quantity = quantity;
        this.value = value;
    }

    /** Creates an exception with a free-form message (for rules that do not fit "must be ..."). */
    static InvalidQuantityException withMessage(String quantity, double value, String message) {
        return new InvalidQuantityException(message, quantity, value);
    }

    /**
     * Returns the name of the rejected quantity.
     *
     * @return the quantity name, e.g. {@code "temperature"}
     */
    public String quantity() {
        return quantity;
    }

    /**
     * Returns the rejected value, in the unit the caller gave it (see the message for that unit).
     *
     * @return the offending value
     */
    public double value() {
        return value;
    }

    private static String describe(double value, String unit) {
        return Double.isFinite(value) ? value + " " + unit : String.valueOf(value);
    }
}
