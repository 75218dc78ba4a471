package io.github.herenet.helium.thermo;

/** The phase of a helium state on the reference EOS. */
public enum Phase {
    /** Vapour below the critical temperature, or gas above it at a pressure below the critical pressure. */
    GAS,
    /** Liquid helium I: below the critical temperature and above the saturation pressure. */
    LIQUID,
    /** Above both the critical temperature and the critical pressure. */
    SUPERCRITICAL,
    /** Saturated liquid and vapour in equilibrium; {@link FluidState#quality()} gives the vapour mass fraction. */
    TWO_PHASE
}
