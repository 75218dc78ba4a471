package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.units.Volume;

import java.time.Duration;

/**
 * How a gas bag's purity decays while gas sits in it (DOMAIN.md 2.4): helium permeates out through the
 * film at 5.5 cc per m2 per day at 1 atm (Daizo bags, gasreview.co.jp), and N2/O2 permeate in, so the
 * longer the retention, the lower the helium fraction. Rates are cubic centimetres of gas (at about
 * 1 atm) per square metre of film per day.
 *
 * <p>Model: after {@code t} days in a bag holding {@code V} of gas at helium fraction {@code x0},
 * helium {@code x0 V - qHe A t} remains in {@code V - qHe A t + qAir A t} of gas. The whole volume is
 * taken to have been in the bag since filling started, which overstates the decay a little (the gas that
 * came in last has been there a shorter time). Immutable.
 *
 * @param heliumCcPerSquareMetreDay helium out through the film, cc/m2/day (5.5 for Daizo film)
 * @param airCcPerSquareMetreDay    air in through the film, cc/m2/day; no published figure, the default
 *                                  {@value #DEFAULT_AIR_INGRESS} is an estimate (N2 and O2 permeate
 *                                  polymer films a few times slower than helium)
 * @param filmAreaSquareMetres      the bag's film area, m2
 */
public record BagPermeation(double heliumCcPerSquareMetreDay, double airCcPerSquareMetreDay,
                            double filmAreaSquareMetres) {

    /** Helium permeation of Daizo bag film, cc/m2/day at 1 atm (DOMAIN.md 2.4). */
    public static final double HELIUM_PERMEATION = 5.5;
    /** Default air ingress, cc/m2/day: an estimate, see the class comment. */
    public static final double DEFAULT_AIR_INGRESS = 2.0;

    /** @throws IllegalArgumentException for a negative, NaN or infinite rate, or a film area not above zero */
    public BagPermeation {
        nonNegative(heliumCcPerSquareMetreDay, "helium permeation");
        nonNegative(airCcPerSquareMetreDay, "air ingress");
        if (!(filmAreaSquareMetres > 0) || Double.isInfinite(filmAreaSquareMetres)) {
            throw new IllegalArgumentException("film area must be finite and > 0 m2, got " + filmAreaSquareMetres);
        }
    }

    private static void nonNegative(double rate, String what) {
        if (!(rate >= 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(what + " must be finite and >= 0 cc/m2/day, got " + rate);
        }
    }

    /**
     * The default model for {@code bag}: helium {@value #HELIUM_PERMEATION}, air
     * {@value #DEFAULT_AIR_INGRESS} cc/m2/day, and the film area of a flat pillow bag, taken as twice the
     * surface of a sphere of the bag's volume (about 9.7 m2 for 1 m3).
     *
     * @param bag the bag
     * @return the model
     */
    public static BagPermeation forBag(GasBag bag) {
        double v = bag.capacity().cubicMetres();
        double sphere = Math.cbrt(36 * Math.PI * v * v);
        return new BagPermeation(HELIUM_PERMEATION, DEFAULT_AIR_INGRESS, 2 * sphere);
    }

    /**
     * The helium fraction after {@code retention} in a bag holding {@code gas}, filled at {@code initial}.
     *
     * @param initial   the purity of the gas as it came in
     * @param gas       the gas in the bag
     * @param retention how long it has been there
     * @return the decayed purity ({@code initial} for an empty bag or no time)
     */
    public Purity decay(Purity initial, Volume gas, Duration retention) {
        double v = gas.cubicMetres();
        double days = retention.toMillis() / 86_400_000.0;
        if (v <= 0 || days <= 0) {
            return initial;
        }
        double heliumOut = heliumCcPerSquareMetreDay * 1e-6 * filmAreaSquareMetres * days;
        double airIn = airCcPerSquareMetreDay * 1e-6 * filmAreaSquareMetres * days;
        double helium = Math.max(initial.heliumMoleFraction() * v - heliumOut, v * 1e-9);
        return new Purity(Math.min(1, helium / (v - heliumOut + airIn)));
    }
}
