package io.github.herenet.helium.units;

import java.util.Objects;

/**
 * An ABSOLUTE pressure, stored in pascals (Pa).
 *
 * <p>Gauge readings (relative to an ambient pressure) are converted explicitly with
 * {@link #gauge(double, PressureUnit)} or {@link #gauge(double, PressureUnit, Pressure)} and read back
 * with {@link #gaugeIn(PressureUnit)} or {@link #gaugeIn(PressureUnit, Pressure)}. All other factories
 * and accessors are absolute.
 *
 * @param pascals the absolute pressure in Pa; finite and {@code >= 0}
 */
public record Pressure(double pascals) implements Comparable<Pressure> {

    private static final String ABSOLUTE = "(absolute)";

    /** The standard atmosphere, 101325 Pa: the default ambient pressure for gauge values. */
    public static final Pressure STANDARD_ATMOSPHERE = new Pressure(101_325.0);

    /**
     * Validates the pressure.
     *
     * @param pascals the absolute pressure in Pa
     * @throws InvalidQuantityException if {@code pascals} is not finite or is negative
     */
    public Pressure {
        pascals = Checks.finiteAtLeast("pressure", pascals, 0.0, "Pa", ABSOLUTE);
    }

    /**
     * Creates an absolute pressure.
     *
     * @param value absolute pressure in {@code unit}; finite and {@code >= 0}
     * @param unit  the unit of {@code value}
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative (message in {@code unit})
     */
    public static Pressure absolute(double value, PressureUnit unit) {
        Checks.finiteAtLeast("pressure", value, 0.0, unit.symbol(), ABSOLUTE);
        return new Pressure(value * unit.pascals());
    }

    /**
     * Creates a pressure from a gauge reading relative to the {@link #STANDARD_ATMOSPHERE} (101325 Pa).
     *
     * @param value gauge pressure in {@code unit}; finite, may be negative (vacuum)
     * @param unit  the unit of {@code value}
     * @return the absolute pressure {@code 101325 Pa + value}
     * @throws InvalidQuantityException if the value is not finite or gives a negative absolute pressure
     */
    public static Pressure gauge(double value, PressureUnit unit) {
        return gauge(value, unit, STANDARD_ATMOSPHERE);
    }

    /**
     * Creates a pressure from a gauge reading relative to the given ambient pressure.
     *
     * @param value   gauge pressure in {@code unit}; finite, may be negative (vacuum)
     * @param unit    the unit of {@code value}
     * @param ambient the absolute ambient pressure the gauge refers to
     * @return the absolute pressure {@code ambient + value}
     * @throws InvalidQuantityException if the value is not finite or gives a negative absolute pressure
     */
    public static Pressure gauge(double value, PressureUnit unit, Pressure ambient) {
        Objects.requireNonNull(ambient, "ambient");
        Checks.finite("gauge pressure", value, unit.symbol());
        double gaugePascals = value * unit.pascals();
        double absolutePascals = ambient.pascals + gaugePascals;
        if (absolutePascals < 0.0) {
            // A full vacuum entered in another unit (e.g. -1.01325 bar) may round to a hair below zero.
            if (-absolutePascals <= 1e-12 * ambient.pascals) {
                return new Pressure(0.0);
            }
            throw InvalidQuantityException.withMessage("gauge pressure", value,
                    "gauge pressure " + value + " " + unit.symbol() + " with ambient "
                            + Checks.plain(ambient.pascals) + " Pa gives a negative absolute pressure");
        }
        return new Pressure(absolutePascals);
    }

    /**
     * Creates an absolute pressure from pascals.
     *
     * @param pascals absolute pressure in Pa
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofPascals(double pascals) {
        return absolute(pascals, PressureUnit.PA);
    }

    /**
     * Creates an absolute pressure from kilopascals.
     *
     * @param kilopascals absolute pressure in kPa
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofKilopascals(double kilopascals) {
        return absolute(kilopascals, PressureUnit.KPA);
    }

    /**
     * Creates an absolute pressure from megapascals.
     *
     * @param megapascals absolute pressure in MPa
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofMegapascals(double megapascals) {
        return absolute(megapascals, PressureUnit.MPA);
    }

    /**
     * Creates an absolute pressure from bar.
     *
     * @param bar absolute pressure in bar
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofBar(double bar) {
        return absolute(bar, PressureUnit.BAR);
    }

    /**
     * Creates an absolute pressure from standard atmospheres.
     *
     * @param atmospheres absolute pressure in atm (101325 Pa each)
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofAtmospheres(double atmospheres) {
        return absolute(atmospheres, PressureUnit.ATM);
    }

    /**
     * Creates an absolute pressure from pounds-force per square inch (psia).
     *
     * @param psi absolute pressure in psi
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofPsi(double psi) {
        return absolute(psi, PressureUnit.PSI);
    }

    /**
     * Creates an absolute pressure from kilograms-force per square centimetre.
     *
     * @param kgfPerCm2 absolute pressure in kgf/cm2 (98066.5 Pa each)
     * @return the pressure
     * @throws InvalidQuantityException if the value is not finite or negative
     */
    public static Pressure ofKgfPerCm2(double kgfPerCm2) {
        return absolute(kgfPerCm2, PressureUnit.KGF_PER_CM2);
    }

    /**
     * Returns the absolute pressure in the given unit.
     *
     * @param unit the wanted unit
     * @return absolute pressure in {@code unit}
     */
    public double in(PressureUnit unit) {
        return pascals / unit.pascals();
    }

    /**
     * Returns the gauge pressure relative to the {@link #STANDARD_ATMOSPHERE} (101325 Pa).
     *
     * @param unit the wanted unit
     * @return gauge pressure in {@code unit}; negative below one standard atmosphere
     */
    public double gaugeIn(PressureUnit unit) {
        return gaugeIn(unit, STANDARD_ATMOSPHERE);
    }

    /**
     * Returns the gauge pressure relative to the given ambient pressure.
     *
     * @param unit    the wanted unit
     * @param ambient the absolute ambient pressure
     * @return gauge pressure in {@code unit}; negative below {@code ambient}
     */
    public double gaugeIn(PressureUnit unit, Pressure ambient) {
        return (pascals - ambient.pascals) / unit.pascals();
    }

    /**
     * Returns the absolute pressure in kilopascals.
     *
     * @return absolute pressure in kPa
     */
    public double kilopascals() {
        return in(PressureUnit.KPA);
    }

    /**
     * Returns the absolute pressure in megapascals.
     *
     * @return absolute pressure in MPa
     */
    public double megapascals() {
        return in(PressureUnit.MPA);
    }

    /**
     * Returns the absolute pressure in bar.
     *
     * @return absolute pressure in bar
     */
    public double bar() {
        return in(PressureUnit.BAR);
    }

    /**
     * Orders pressures from low to high.
     *
     * @param other the pressure to compare with
     * @return negative, zero or positive as this is lower, equal or higher
     */
    @Override
    public int compareTo(Pressure other) {
        return Double.compare(pascals, other.pascals);
    }

    /**
     * Returns the absolute value in pascals with its unit, e.g. {@code "101325.0 Pa"}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return pascals + " Pa";
    }
}
