package io.github.herenet.helium.thermo;

/**
 * A temperature, pressure, density or enthalpy outside the range where the helium reference EOS
 * applies (or not a number at all). The message names the value and the allowed range.
 */
public final class EosRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String quantity;
    private final double value;

    EosRangeException(String quantity, double value, String unit, String allowed) {
        super(quantity + " " + value + " " + unit + " is outside the helium reference EOS range: " + allowed);
        this.quantity = quantity;
        this.value = value;
    }

    /** The name of the offending quantity, e.g. {@code "temperature"}. */
    public String quantity() {
        return quantity;
    }

    /** The offending value in SI units. */
    public double value() {
        return value;
    }
}
