package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.thermo.StandardConditions;

/**
 * The helium properties the simulation needs, from the reference EOS, computed once: saturated liquid and
 * vapour at one atmosphere (liquid vessels), gas at a bag's and a cylinder's conditions, and a table to turn a
 * cylinder's helium mass into its pressure without iterating the EOS on the hot path.
 */
final class Physics {

    static final double ATM = HeliumEos.STANDARD_ATMOSPHERE;
    /** Gas temperature in bags and (after the fill has cooled) cylinders, K. */
    static final double ROOM_K = 293.15;
    static final double MS_PER_DAY = 86_400_000.0;
    static final double MS_PER_HOUR = 3_600_000.0;
    /** Oxygen in air, %. */
    static final double AIR_O2 = 20.9;

    static final SaturationState SAT = HeliumEos.reference().saturationAtPressure(ATM);
    /** Saturated liquid and vapour density at 1 atm, kg/L. */
    static final double RHO_L = SAT.liquid().density() / 1000;
    static final double RHO_V = SAT.vapour().density() / 1000;
    /**
     * Mass that leaves a vented liquid vessel per litre of liquid lost, kg/L: vapour refills the space the
     * liquid left, so the vented gas is smaller than the liquid by rho_v/rho_l.
     */
    static final double DRHO = RHO_L - RHO_V;
    /** Helium gas density in a bag (1 atm, 20 C), kg/m3. */
    static final double BAG_RHO = HeliumEos.reference().density(ROOM_K, ATM);
    /** Density at 0 C, 1 atm (the compressor's Nm3), kg/m3. */
    static final double NORMAL_RHO = StandardConditions.NORMAL_0C.gasDensity();

    private static final double TABLE_MAX_PA = 25e6;
    private static final int TABLE_STEPS = 500;
    /** Density at ROOM_K at pressures 0, dp, 2 dp, ... (monotonic), kg/m3. */
    private static final double[] CYLINDER_DENSITY = new double[TABLE_STEPS + 1];

    static {
        for (int i = 1; i <= TABLE_STEPS; i++) {
            CYLINDER_DENSITY[i] = HeliumEos.reference().density(ROOM_K, TABLE_MAX_PA * i / TABLE_STEPS);
        }
    }

    private Physics() {
    }

    /** The helium in a vented liquid vessel of {@code volumeL} litres holding {@code litres} of liquid, kg. */
    static double liquidMass(double litres, double volumeL) {
        return litres * RHO_L + (volumeL - litres) * RHO_V;
    }

    /** The liquid litres in a vented liquid vessel of {@code volumeL} holding {@code kg} (0 when only vapour is left). */
    static double litres(double kg, double volumeL) {
        return Math.max(0, (kg - volumeL * RHO_V) / DRHO);
    }

    /** Liquid-equivalent litres per day lost by boil-off -> helium mass vented per millisecond. */
    static double boilOffPerMs(double litresPerDay) {
        return litresPerDay * DRHO / MS_PER_DAY;
    }

    /** The pressure (Pa, absolute) of {@code kg} of helium in {@code volumeM3} at room temperature. */
    static double cylinderPressure(double kg, double volumeM3) {
        double rho = kg / volumeM3;
        if (rho <= 0) {
            return ATM;
        }
        int lo = 0;
        int hi = TABLE_STEPS;
        if (rho >= CYLINDER_DENSITY[hi]) {
            return TABLE_MAX_PA;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (CYLINDER_DENSITY[mid] <= rho) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double f = (rho - CYLINDER_DENSITY[lo]) / (CYLINDER_DENSITY[hi] - CYLINDER_DENSITY[lo]);
        return Math.max(ATM, TABLE_MAX_PA * (lo + f) / TABLE_STEPS);
    }
}
