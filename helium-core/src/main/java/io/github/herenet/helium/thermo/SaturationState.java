package io.github.herenet.helium.thermo;

/**
 * Saturated liquid and vapour helium in equilibrium: equal temperature, pressure and Gibbs energy.
 *
 * @param temperature saturation temperature, K
 * @param pressure    saturation (vapour) pressure, Pa
 * @param liquid      the saturated liquid (phase {@link Phase#LIQUID}, quality 0)
 * @param vapour      the saturated vapour (phase {@link Phase#GAS}, quality 1)
 */
public record SaturationState(double temperature, double pressure, FluidState liquid, FluidState vapour) {

    /** Latent heat of vaporisation h'' - h', J/kg. */
    public double latentHeat() {
        return vapour.enthalpy() - liquid.enthalpy();
    }
}
