package io.github.herenet.helium.units;

/**
 * An absolute thermodynamic temperature, stored in kelvin (K).
 *
 * @param kelvin the temperature in K; finite and {@code >= 0}
 */
public record Temperature(double kelvin) implements Comparable<Temperature> {

    private static final double CELSIUS_OFFSET = 273.15;
    private static final double FAHRENHEIT_ABSOLUTE_ZERO = -459.67;
    private static final String ABSOLUTE_ZERO = "(absolute zero)";

    /** 0 degrees Celsius: 273.15 K. */
    public static final Temperature ZERO_CELSIUS = new Temperature(273.15);
    /** 15 degrees Celsius: 288.15 K (common reference for gas volumes). */
    public static final Temperature FIFTEEN_CELSIUS = new Temperature(288.15);
    /** 20 degrees Celsius: 293.15 K (common reference for gas volumes). */
    public static final Temperature TWENTY_CELSIUS = new Temperature(293.15);

    /**
     * Validates the temperature.
     *
     * @param kelvin the temperature in K
     * @throws InvalidQuantityException if {@code kelvin} is not finite or is below 0 K
     */
    public Temperature {
        kelvin = Checks.finiteAtLeast("temperature", kelvin, 0.0, "K", ABSOLUTE_ZERO);
    }

    /**
     * Creates a temperature from kelvin.
     *
     * @param kelvin temperature in K; finite and {@code >= 0}
     * @return the temperature
     * @throws InvalidQuantityException if the value is not finite or below absolute zero
     */
    public static Temperature ofKelvin(double kelvin) {
        return new Temperature(kelvin);
    }

    /**
     * Creates a temperature from degrees Celsius (K = C + 273.15).
     *
     * @param celsius temperature in degrees C; finite and {@code >= -273.15}
     * @return the temperature
     * @throws InvalidQuantityException if the value is not finite or below absolute zero (message in C)
     */
    public static Temperature ofCelsius(double celsius) {
        Checks.finiteAtLeast("temperature", celsius, -CELSIUS_OFFSET, "C", ABSOLUTE_ZERO);
        return new Temperature(celsius + CELSIUS_OFFSET);
    }

    /**
     * Creates a temperature from degrees Fahrenheit (K = (F + 459.67) * 5/9).
     *
     * @param fahrenheit temperature in degrees F; finite and {@code >= -459.67}
     * @return the temperature
     * @throws InvalidQuantityException if the value is not finite or below absolute zero (message in F)
     */
    public static Temperature ofFahrenheit(double fahrenheit) {
        Checks.finiteAtLeast("temperature", fahrenheit, FAHRENHEIT_ABSOLUTE_ZERO, "F", ABSOLUTE_ZERO);
        return new Temperature((fahrenheit - FAHRENHEIT_ABSOLUTE_ZERO) * 5.0 / 9.0);
    }

    /**
     * Returns the temperature in degrees Celsius.
     *
     * @return temperature in C (K - 273.15)
     */
    public double celsius() {
        return kelvin - CELSIUS_OFFSET;
    }

    /**
     * Returns the temperature in degrees Fahrenheit.
     *
     * @return temperature in F (K * 9/5 - 459.67)
     */
    public double fahrenheit() {
        return kelvin * 9.0 / 5.0 + FAHRENHEIT_ABSOLUTE_ZERO;
    }

    /**
     * Orders temperatures from cold to hot.
     *
     * @param other the temperature to compare with
     * @return negative, zero or positive as this is colder, equal or hotter
     */
    @Override
    public int compareTo(Temperature other) {
        return Double.compare(kelvin, other.kelvin);
    }

    /**
     * Returns the value in kelvin with its unit, e.g. {@code "4.2 K"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return kelvin + " K";
    }
}
