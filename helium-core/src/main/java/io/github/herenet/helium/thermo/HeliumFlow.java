package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.InvalidQuantityException;

import java.time.Duration;

/**
 * A flow of helium, stored as a mass rate (kg/s), with the rates labs think in: litres of liquid per
 * hour or day (at the normal boiling point) and cubic metres of gas per hour at named standard
 * conditions. Immutable.
 *
 * @param kilogramsPerSecond mass flow, kg/s; finite and {@code >= 0}
 */
public record HeliumFlow(double kilogramsPerSecond) implements Comparable<HeliumFlow> {

    private static final double SECONDS_PER_HOUR = 3600;
    private static final double HOURS_PER_DAY = 24;

    /**
     * Validates the flow.
     *
     * @throws InvalidQuantityException if it is NaN, infinite or negative
     */
    public HeliumFlow {
        if (!(kilogramsPerSecond >= 0) || Double.isInfinite(kilogramsPerSecond)) {
            throw new InvalidQuantityException("helium flow", kilogramsPerSecond, "kg/s", "finite and >= 0 kg/s");
        }
    }

    /** A flow of {@code kilogramsPerSecond} kg/s. */
    public static HeliumFlow ofKilogramsPerSecond(double kilogramsPerSecond) {
        return new HeliumFlow(kilogramsPerSecond);
    }

    /** A flow of {@code kilogramsPerHour} kg/h. */
    public static HeliumFlow ofKilogramsPerHour(double kilogramsPerHour) {
        return new HeliumFlow(kilogramsPerHour / SECONDS_PER_HOUR);
    }

    /** A flow of {@code litresPerHour} L/h of liquid at the normal boiling point. */
    public static HeliumFlow ofLiquidLitresPerHour(double litresPerHour) {
        return new HeliumFlow(HeliumAmount.ofLiquidLitres(litresPerHour).kilograms() / SECONDS_PER_HOUR);
    }

    /** A flow of {@code litresPerDay} L/day of liquid at the normal boiling point (NMR boil-off is about 0.4). */
    public static HeliumFlow ofLiquidLitresPerDay(double litresPerDay) {
        return ofLiquidLitresPerHour(litresPerDay / HOURS_PER_DAY);
    }

    /** A flow of {@code cubicMetresPerHour} m3/h of gas at the given standard conditions (real gas). */
    public static HeliumFlow ofGasCubicMetresPerHour(double cubicMetresPerHour, StandardConditions conditions) {
        return new HeliumFlow(HeliumAmount.ofGasCubicMetres(cubicMetresPerHour, conditions).kilograms() / SECONDS_PER_HOUR);
    }

    /** Mass flow, kg/h. */
    public double kilogramsPerHour() {
        return kilogramsPerSecond * SECONDS_PER_HOUR;
    }

    /** Liquid litres per hour at the normal boiling point. */
    public double liquidLitresPerHour() {
        return perHour().liquidLitres();
    }

    /** Liquid litres per day at the normal boiling point. */
    public double liquidLitresPerDay() {
        return liquidLitresPerHour() * HOURS_PER_DAY;
    }

    /** Cubic metres of gas per hour at the given standard conditions (real gas). */
    public double gasCubicMetresPerHour(StandardConditions conditions) {
        return perHour().gasCubicMetres(conditions);
    }

    /**
     * The helium that flows in {@code duration}.
     *
     * @throws IllegalArgumentException if the duration is negative
     */
    public HeliumAmount over(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must be >= 0, got " + duration);
        }
        return new HeliumAmount(kilogramsPerSecond * (duration.getSeconds() + duration.getNano() * 1e-9));
    }

    @Override
    public int compareTo(HeliumFlow other) {
        return Double.compare(kilogramsPerSecond, other.kilogramsPerSecond);
    }

    @Override
    public String toString() {
        return kilogramsPerSecond + " kg/s He";
    }

    private HeliumAmount perHour() {
        return new HeliumAmount(kilogramsPerHour());
    }
}
