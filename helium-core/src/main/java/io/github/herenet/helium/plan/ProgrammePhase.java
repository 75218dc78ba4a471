package io.github.herenet.helium.plan;

/**
 * The stage of a recycling programme (DOMAIN.md 0, the Okayama HeReNet), read from the share of the
 * recovered helium that a plan liquefies ({@link Plan#liquefiedShare()}): Phase 1 collects gas at the partners and liquefies none of it
 * yet, Phase 2 liquefies part and supplies liquid back, Phase 3 liquefies nearly all of it.
 */
public enum ProgrammePhase {

    /** Phase 1: collect gas into cylinders at the partners; liquefied share below 5 %. */
    PHASE_1(1),
    /** Phase 2: liquefy part of the recovered gas; share from 5 % to below 90 %. */
    PHASE_2(2),
    /** Phase 3: liquefy nearly all of it; share 90 % or more. */
    PHASE_3(3);

    /** Shares below this are Phase 1. */
    public static final double PHASE_2_FROM = 0.05;
    /** Shares from this on are Phase 3. */
    public static final double PHASE_3_FROM = 0.90;

    private final int number;

    ProgrammePhase(int number) {
        this.number = number;
    }

    /** The phase number, 1 to 3. */
    public int number() {
        return number;
    }

    /**
     * The phase of a liquefied share.
     *
     * @param liquefiedShare gas fed to the liquefier / gas available (recovered plus initial stocks), {@code >= 0}
     * @throws IllegalArgumentException if the share is negative or NaN
     */
    public static ProgrammePhase of(double liquefiedShare) {
        if (!(liquefiedShare >= 0)) {
            throw new IllegalArgumentException("liquefied share " + liquefiedShare + " must be >= 0");
        }
        if (liquefiedShare < PHASE_2_FROM) {
            return PHASE_1;
        }
        return liquefiedShare < PHASE_3_FROM ? PHASE_2 : PHASE_3;
    }
}
