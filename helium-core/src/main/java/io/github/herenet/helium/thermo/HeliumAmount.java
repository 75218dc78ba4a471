package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.InvalidQuantityException;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;

/**
 * An amount of helium, stored as its mass: the one quantity that does not depend on where and how
 * the helium is held. Converts to and from the units labs count in: kilograms, moles, litres of
 * liquid (at the normal boiling point unless a saturated state is given), cubic metres of gas at
 * named standard conditions (real gas, via the reference EOS), and the contents of a vessel of known
 * volume, pressure and temperature. Immutable; addable.
 *
 * <pre>{@code
 * HeliumAmount.ofLiquidLitres(100).gasVolume(StandardConditions.NORMAL_0C);    // 69.8 m3
 * HeliumAmount.inVessel(Volume.ofLitres(47), Pressure.gauge(14.7, PressureUnit.MPA),
 *         Temperature.FIFTEEN_CELSIUS).gasCubicMetres(StandardConditions.NORMAL_0C); // about 7 m3
 * }</pre>
 *
 * @param kilograms the mass of helium, kg; finite and {@code >= 0}
 */
public record HeliumAmount(double kilograms) implements Comparable<HeliumAmount> {

    /** No helium. */
    public static final HeliumAmount ZERO = new HeliumAmount(0);

    /**
     * Validates the mass.
     *
     * @throws InvalidQuantityException if it is NaN, infinite or negative
     */
    public HeliumAmount {
        if (!(kilograms >= 0) || Double.isInfinite(kilograms)) {
            throw new InvalidQuantityException("helium amount", kilograms, "kg", "finite and >= 0 kg");
        }
    }

    /** An amount of {@code kilograms} kg. */
    public static HeliumAmount ofKilograms(double kilograms) {
        return new HeliumAmount(kilograms);
    }

    /** An amount of the given mass. */
    public static HeliumAmount of(Mass mass) {
        return new HeliumAmount(mass.kilograms());
    }

    /** An amount of {@code moles} mol of helium-4. */
    public static HeliumAmount ofMoles(double moles) {
        checkFinite("moles", moles, "mol");
        return new HeliumAmount(moles * HeliumEos.reference().molarMass());
    }

    /** {@code litres} L of saturated liquid at the normal boiling point (101.325 kPa, 4.224 K). */
    public static HeliumAmount ofLiquidLitres(double litres) {
        checkFinite("liquid volume", litres, "L");
        return new HeliumAmount(litres / 1000 * NormalBoilingPoint.LIQUID_DENSITY);
    }

    /** {@code litres} L of saturated liquid in the given saturation state. */
    public static HeliumAmount ofLiquidLitres(double litres, SaturationState saturation) {
        checkFinite("liquid volume", litres, "L");
        return new HeliumAmount(litres / 1000 * saturation.liquid().density());
    }

    /** {@code cubicMetres} m3 of gas at the given standard conditions (real gas). */
    public static HeliumAmount ofGasCubicMetres(double cubicMetres, StandardConditions conditions) {
        checkFinite("gas volume", cubicMetres, "m3");
        return new HeliumAmount(cubicMetres * conditions.gasDensity());
    }

    /** The given gas volume at the given standard conditions (real gas). */
    public static HeliumAmount ofGasVolume(Volume volume, StandardConditions conditions) {
        return ofGasCubicMetres(volume.cubicMetres(), conditions);
    }

    /**
     * The helium filling a vessel of internal volume {@code volume} at absolute pressure {@code pressure}
     * and temperature {@code temperature}, from the reference EOS (real gas, or liquid/supercritical
     * fluid in the stable phase): a 47 L cylinder, a gas bag, a buffer tank.
     *
     * @throws EosRangeException if the temperature or pressure is outside the EOS
     */
    public static HeliumAmount inVessel(Volume volume, Pressure pressure, Temperature temperature) {
        return new HeliumAmount(volume.cubicMetres()
                * HeliumEos.reference().density(temperature.kelvin(), pressure.pascals()));
    }

    /**
     * What the ideal-gas formula m = pVM/(RT) says a vessel holds: for comparison only. At 19.6 MPa and
     * 300 K it overstates the real content by about 9 % (Z = 1.09).
     */
    public static HeliumAmount idealGasInVessel(Volume volume, Pressure pressure, Temperature temperature) {
        HeliumEos eos = HeliumEos.reference();
        return new HeliumAmount(pressure.pascals() * volume.cubicMetres() * eos.molarMass()
                / (eos.gasConstant() * temperature.kelvin()));
    }

    /** The mass. */
    public Mass mass() {
        return Mass.ofKilograms(kilograms);
    }

    /** Amount of substance, mol. */
    public double moles() {
        return kilograms / HeliumEos.reference().molarMass();
    }

    /** Litres of saturated liquid at the normal boiling point. */
    public double liquidLitres() {
        return kilograms / NormalBoilingPoint.LIQUID_DENSITY * 1000;
    }

    /** Litres of saturated liquid in the given saturation state. */
    public double liquidLitres(SaturationState saturation) {
        return kilograms / saturation.liquid().density() * 1000;
    }

    /** Cubic metres of gas at the given standard conditions (real gas). */
    public double gasCubicMetres(StandardConditions conditions) {
        return kilograms / conditions.gasDensity();
    }

    /** The gas volume at the given standard conditions (real gas). */
    public Volume gasVolume(StandardConditions conditions) {
        return Volume.ofCubicMetres(gasCubicMetres(conditions));
    }

    /** This amount plus {@code other}. */
    public HeliumAmount plus(HeliumAmount other) {
        return new HeliumAmount(kilograms + other.kilograms);
    }

    /**
     * This amount minus {@code other}.
     *
     * @throws InvalidQuantityException if {@code other} is larger
     */
    public HeliumAmount minus(HeliumAmount other) {
        double difference = kilograms - other.kilograms;
        if (difference < 0) {
            throw new InvalidQuantityException("helium amount", difference, "kg",
                    ">= 0 kg: cannot take " + other.kilograms + " kg from " + kilograms + " kg");
        }
        return new HeliumAmount(difference);
    }

    @Override
    public int compareTo(HeliumAmount other) {
        return Double.compare(kilograms, other.kilograms);
    }

    @Override
    public String toString() {
        return kilograms + " kg He";
    }

    private static void checkFinite(String quantity, double value, String unit) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidQuantityException(quantity, value, unit, "finite and >= 0 " + unit);
        }
    }

    /** The saturated liquid at 101.325 kPa, computed once. */
    private static final class NormalBoilingPoint {
        static final double LIQUID_DENSITY =
                HeliumEos.reference().saturationAtPressure(HeliumEos.STANDARD_ATMOSPHERE).liquid().density();
    }
}
