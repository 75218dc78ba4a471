package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.thermo.HeliumAmount;

import java.util.Objects;

/**
 * How precise the numbers of a helium ledger are, as standard deviations: each relative part applies
 * to the quantity itself, and {@code floor} is added in quadrature to every one (so a zero, an empty
 * month, still carries an uncertainty). For a quantity q with relative accuracy a:
 * sigma = sqrt((a q)^2 + floor^2).
 *
 * @param meter        a recovery-line gas meter's total over a month (a 5 m3/h diaphragm meter: about 2 %)
 * @param level        a dewar's liquid level at delivery, return or count (acoustic or superconducting
 *                     gauge readings differ between people: about 3 %)
 * @param bag          one gas bag's fill estimate (a volume judged from the bag: about 10 %)
 * @param recordedLoss a recorded vent's amount (usually an estimate: about 25 %)
 * @param floor        the smallest uncertainty of any amount
 */
public record MeasurementAccuracy(double meter, double level, double bag, double recordedLoss, HeliumAmount floor) {

    /** 2 % meters, 3 % levels, 10 % bags, 25 % recorded vents, and a floor of half a litre of liquid. */
    public static final MeasurementAccuracy TYPICAL = new MeasurementAccuracy(0.02, 0.03, 0.10, 0.25,
            HeliumAmount.ofLiquidLitres(0.5));

    /** @throws IllegalArgumentException for a negative or non-finite relative accuracy, or a zero floor */
    public MeasurementAccuracy {
        check(meter, "meter");
        check(level, "level");
        check(bag, "bag");
        check(recordedLoss, "recorded loss");
        Objects.requireNonNull(floor, "floor");
        if (floor.kilograms() <= 0) {
            throw new IllegalArgumentException("the floor of the uncertainties must be above zero: every amount is uncertain");
        }
    }

    private static void check(double relative, String what) {
        if (!(relative >= 0) || Double.isInfinite(relative)) {
            throw new IllegalArgumentException("the " + what + " accuracy is a relative standard deviation, finite and >= 0, got "
                    + relative);
        }
    }

    /** The standard deviation of an amount of {@code kilograms} with relative accuracy {@code relative}, kg. */
    double sigma(double kilograms, double relative) {
        return Math.hypot(relative * kilograms, floor.kilograms());
    }
}
