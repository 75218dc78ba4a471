package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.Power;
import io.github.herenet.helium.units.Pressure;

/**
 * Boil-off of a vented liquid-helium dewar or cryostat: a heat leak Q evaporates liquid at the
 * saturation state of the vent pressure at the rate Q / L (L the latent heat). The gas that leaves
 * through the vent is smaller by the factor (1 - rho'' / rho'), because vapour fills the space the
 * evaporated liquid left. Immutable.
 *
 * <pre>{@code
 * BoilOff b = BoilOff.fromHeatLeak(Power.ofWatts(0.1), Pressure.STANDARD_ATMOSPHERE);
 * b.liquidLitresPerHour();                                           // 0.140 L/h
 * b.ventedGas().gasCubicMetresPerHour(StandardConditions.STANDARD_15C); // gas to recovery
 * }</pre>
 *
 * @param heatLeak    heat reaching the liquid
 * @param ventPressure absolute pressure the vessel vents at (saturation, 5.04-228 kPa)
 * @param liquidLoss  mass rate of liquid evaporated
 * @param ventedGas   mass rate of gas leaving through the vent (to recovery)
 */
public record BoilOff(Power heatLeak, Pressure ventPressure, HeliumFlow liquidLoss, HeliumFlow ventedGas) {

    /**
     * The boil-off caused by {@code heatLeak} in a vessel venting at {@code ventPressure}.
     *
     * @throws EosRangeException if the vent pressure is outside the saturation range (5.04 kPa to 228 kPa)
     */
    public static BoilOff fromHeatLeak(Power heatLeak, Pressure ventPressure) {
        SaturationState sat = HeliumEos.reference().saturationAtPressure(ventPressure.pascals());
        double liquidKgPerS = heatLeak.watts() / sat.latentHeat();
        return new BoilOff(heatLeak, ventPressure, new HeliumFlow(liquidKgPerS),
                new HeliumFlow(liquidKgPerS * ventedFraction(sat)));
    }

    /**
     * The heat leak that explains a measured liquid loss (e.g. a dewar losing 1 L/day) in a vessel venting
     * at {@code ventPressure}: the inverse of {@link #fromHeatLeak}.
     *
     * @throws EosRangeException if the vent pressure is outside the saturation range
     */
    public static BoilOff fromLiquidLoss(HeliumFlow liquidLoss, Pressure ventPressure) {
        SaturationState sat = HeliumEos.reference().saturationAtPressure(ventPressure.pascals());
        double watts = liquidLoss.kilogramsPerSecond() * sat.latentHeat();
        return new BoilOff(Power.ofWatts(watts), ventPressure, liquidLoss,
                new HeliumFlow(liquidLoss.kilogramsPerSecond() * ventedFraction(sat)));
    }

    /** Litres of liquid lost per hour, at the saturated liquid density of the vent pressure. */
    public double liquidLitresPerHour() {
        SaturationState sat = HeliumEos.reference().saturationAtPressure(ventPressure.pascals());
        return liquidLoss.kilogramsPerHour() / sat.liquid().density() * 1000;
    }

    private static double ventedFraction(SaturationState sat) {
        return 1 - sat.vapour().density() / sat.liquid().density();
    }
}
