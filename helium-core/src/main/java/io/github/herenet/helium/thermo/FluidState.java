package io.github.herenet.helium.thermo;

/**
 * One thermodynamic state of helium-4 on the reference EOS, mass basis, SI units. Enthalpy, entropy
 * and internal energy are relative to the saturated liquid at 101.325 kPa (h = 0, s = 0 there).
 *
 * <p>For a {@link Phase#TWO_PHASE} state the density, enthalpy, entropy and internal energy are those
 * of the mixture, {@code quality()} is the vapour mass fraction, and cp, cv and the speed of sound are
 * {@code NaN} (they are not defined for a two-phase mixture). For a single-phase state
 * {@code quality()} is {@code NaN}, except for the saturated states of a {@link SaturationState}
 * (0 for the liquid, 1 for the vapour).
 *
 * @param temperature     temperature, K
 * @param pressure        pressure, Pa
 * @param density         density, kg/m3
 * @param enthalpy        specific enthalpy, J/kg
 * @param entropy         specific entropy, J/(kg K)
 * @param internalEnergy  specific internal energy, J/kg
 * @param cp              isobaric heat capacity, J/(kg K)
 * @param cv              isochoric heat capacity, J/(kg K)
 * @param speedOfSound    speed of sound, m/s
 * @param compressibility compressibility factor Z = p / (rho R T), dimensionless
 * @param phase           the phase
 * @param quality         vapour mass fraction of a two-phase state (see above)
 */
public record FluidState(double temperature, double pressure, double density, double enthalpy, double entropy,
                         double internalEnergy, double cp, double cv, double speedOfSound, double compressibility,
                         Phase phase, double quality) {

    /** The same state in another phase class. */
    FluidState withPhase(Phase newPhase) {
        return new FluidState(temperature, pressure, density, enthalpy, entropy, internalEnergy, cp, cv,
                speedOfSound, compressibility, newPhase, quality);
    }
}
