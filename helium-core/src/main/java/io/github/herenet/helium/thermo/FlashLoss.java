package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.Pressure;

/**
 * Flash loss: the mass fraction of saturated liquid that turns to vapour when it is throttled
 * (isenthalpically) to a lower pressure, e.g. when a pressurised dewar is vented or liquid is
 * transferred into a vessel at 1 atm. About 2 % from 110 kPa and 13 % from 150 kPa to 1 atm. The
 * flashed gas must go to recovery.
 */
public final class FlashLoss {

    private FlashLoss() {
    }

    /**
     * The vapour mass fraction (0-1) after saturated liquid at {@code from} is throttled to {@code to}.
     *
     * @throws IllegalArgumentException if {@code to} is above {@code from}
     * @throws EosRangeException        if either pressure is outside the saturation range (5.04-228 kPa)
     */
    public static double fraction(Pressure from, Pressure to) {
        if (to.pascals() > from.pascals()) {
            throw new IllegalArgumentException("flash needs a pressure drop: from " + from + " to " + to
                    + " is a rise; give to <= from");
        }
        HeliumEos eos = HeliumEos.reference();
        double enthalpy = eos.saturationAtPressure(from.pascals()).liquid().enthalpy();
        SaturationState after = eos.saturationAtPressure(to.pascals());
        double hL = after.liquid().enthalpy();
        return Math.max(0, (enthalpy - hL) / after.latentHeat());
    }
}
