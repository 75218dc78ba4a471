package io.github.herenet.helium.thermo;

/**
 * The helium-4 reference equation of state of Ortiz Vega, Hall, Holste, Harvey and Lemmon
 * (NIST IR 8474, 2023; the helium EOS of REFPROP 10): a Helmholtz energy with 12 power and 11
 * Gaussian residual terms. Mass basis and SI units throughout: K, Pa, kg/m3, J/kg, J/(kg K).
 *
 * <p>Valid for normal helium (He I) from the lambda point {@value #MIN_TEMPERATURE} K to
 * {@value #MAX_TEMPERATURE} K and up to 2000 MPa. Superfluid He II is not modelled: temperatures
 * below the lambda point are rejected, as are NaN, infinite, zero or negative inputs, all with an
 * {@link EosRangeException} naming the value and the range.
 *
 * <p>Densities, saturation pressures and phase densities are solutions of the EOS itself (converged
 * to rounding, far inside 1e-9 relative), not fits. The saturation calls use the Chebyshev
 * superancillaries shipped with the coefficients, which reproduce the exact phase equilibrium to
 * about 1e-14; {@link #saturationByIteration(double)} solves equal pressure and Gibbs energy directly.
 *
 * <p>Instances are immutable and thread-safe; {@link #reference()} is a shared singleton.
 *
 * <pre>{@code
 * HeliumEos eos = HeliumEos.reference();
 * double rho = eos.density(300, 19.6e6);              // 29.35... kg/m3
 * SaturationState nbp = eos.saturationAtPressure(101_325);
 * double latent = nbp.latentHeat();                   // 20.6 kJ/kg
 * }</pre>
 */
public final class HeliumEos {

    /** Lowest temperature of the EOS: the lambda point on the saturation line, K. */
    public static final double MIN_TEMPERATURE = 2.1768;
    /** Highest temperature of the EOS, K. */
    public static final double MAX_TEMPERATURE = 1500;
    /** Highest pressure of the EOS, Pa (2000 MPa). */
    public static final double MAX_PRESSURE = 2.0e9;
    /** One standard atmosphere, Pa: the pressure of the normal boiling point and of the h = 0, s = 0 reference. */
    public static final double STANDARD_ATMOSPHERE = 101_325;

    private static final String TEMPERATURE_RANGE = MIN_TEMPERATURE + " K (lambda point; He II is not modelled) to "
            + MAX_TEMPERATURE + " K";
    private static final String PRESSURE_RANGE = "0 < p <= " + MAX_PRESSURE + " Pa (2000 MPa)";
    private static final double CONVERGED = 3e-6;
    private static final int MAX_ITERATIONS = 200;

    private static final class Holder {
        static final HeliumEos REFERENCE = new HeliumEos(ReferenceData.load());
    }

    private final double gasConstant;
    private final double molarMass;
    private final double specificGasConstant;
    private final double reducingTemperature;
    private final double reducingDensity;
    private final double idealA1;
    private final double idealA2;
    private final double idealLogTau;
    private final ResidualHelmholtz residual;
    private final Superancillary superancillary;
    private final SaturationAncillary liquidAncillary;
    private final SaturationAncillary vapourAncillary;
    private final double criticalTemperature;
    private final double criticalPressure;
    private final double criticalDensity;
    private final double minimumSaturationPressure;

    private HeliumEos(ReferenceData data) {
        gasConstant = data.gasConstant;
        molarMass = data.molarMass;
        specificGasConstant = gasConstant / molarMass;
        reducingTemperature = data.reducingTemperature;
        reducingDensity = data.reducingMolarDensity * molarMass;
        idealLogTau = data.logTau;
        residual = data.residual;
        superancillary = data.superancillary;
        liquidAncillary = data.liquidDensityAncillary;
        vapourAncillary = data.vapourDensityAncillary;
        criticalTemperature = superancillary.criticalTemperature();
        criticalPressure = superancillary.criticalPressure();
        criticalDensity = superancillary.criticalMolarDensity() * molarMass;
        minimumSaturationPressure = superancillary.minimumPressure();
        // Reference state h = 0, s = 0 for saturated liquid at 101.325 kPa: evaluate h/RT and s/R there
        // with the published lead terms and shift a1 (entropy) and a2 (enthalpy) to cancel them exactly.
        double tNbp = superancillary.temperature(STANDARD_ATMOSPHERE);
        double deltaL = superancillary.liquidDensity(superancillary.interval(tNbp), tNbp) / data.reducingMolarDensity;
        double tau = reducingTemperature / tNbp;
        ResidualHelmholtz.Derivatives r = residual.evaluate(deltaL, tau);
        double tauAlpha0Tau = data.leadA2 * tau + idealLogTau;
        double alpha0 = Math.log(deltaL) + data.leadA1 + data.leadA2 * tau + idealLogTau * Math.log(tau);
        double enthalpyOverRT = tauAlpha0Tau + r.tA() + 1 + r.dA();
        double entropyOverR = tauAlpha0Tau + r.tA() - alpha0 - r.a();
        idealA1 = data.leadA1 + entropyOverR;
        idealA2 = data.leadA2 - enthalpyOverRT / tau;
    }

    /** The reference EOS with the shipped coefficients (shared, thread-safe). */
    public static HeliumEos reference() {
        return Holder.REFERENCE;
    }

    // ---------------------------------------------------------------- constants

    /** Molar mass, kg/mol (0.004002602). */
    public double molarMass() {
        return molarMass;
    }

    /** Molar gas constant used by the EOS, J/(mol K). */
    public double gasConstant() {
        return gasConstant;
    }

    /** Critical temperature, K (5.1953). */
    public double criticalTemperature() {
        return criticalTemperature;
    }

    /** Critical pressure, Pa (about 228.3 kPa). */
    public double criticalPressure() {
        return criticalPressure;
    }

    /** Critical density, kg/m3 (about 69.6). */
    public double criticalDensity() {
        return criticalDensity;
    }

    /** Saturation pressure at the lambda point, Pa (about 5.04 kPa): the lowest saturation pressure of He I. */
    public double minimumSaturationPressure() {
        return minimumSaturationPressure;
    }

    // ---------------------------------------------------------------- single phase

    /**
     * Density of the stable phase at temperature {@code temperatureK} and pressure {@code pressurePa},
     * kg/m3. Below the critical temperature the liquid is returned at or above the saturation
     * pressure and the vapour below it.
     *
     * @throws EosRangeException for NaN, temperatures outside 2.1768-1500 K, or pressures outside (0, 2000 MPa]
     */
    public double density(double temperatureK, double pressurePa) {
        checkTemperature(temperatureK);
        checkPressure(pressurePa);
        return solveDensity(temperatureK, pressurePa, residual.isotherm(reducingTemperature / temperatureK));
    }

    /**
     * The full state of the stable phase at {@code temperatureK} and {@code pressurePa}.
     *
     * @throws EosRangeException as {@link #density(double, double)}
     */
    public FluidState state(double temperatureK, double pressurePa) {
        checkTemperature(temperatureK);
        checkPressure(pressurePa);
        ResidualHelmholtz.Isotherm isotherm = residual.isotherm(reducingTemperature / temperatureK);
        double rho = solveDensity(temperatureK, pressurePa, isotherm);
        return singlePhase(temperatureK, rho, phaseOf(temperatureK, pressurePa), Double.NaN, isotherm);
    }

    /**
     * The equilibrium state at {@code temperatureK} and {@code densityKgM3}. Inside the two-phase dome
     * (below the critical temperature, between the saturated vapour and liquid densities) this is the
     * saturated mixture with its vapour quality, not the metastable continuation of the EOS.
     *
     * @throws EosRangeException for a temperature out of range, a density that is NaN, infinite or
     *                           not positive, or one that puts the pressure above 2000 MPa
     */
    public FluidState stateAtDensity(double temperatureK, double densityKgM3) {
        checkTemperature(temperatureK);
        if (!(densityKgM3 > 0) || Double.isInfinite(densityKgM3)) {
            throw new EosRangeException("density", densityKgM3, "kg/m3", "a finite density > 0");
        }
        ResidualHelmholtz.Isotherm isotherm = residual.isotherm(reducingTemperature / temperatureK);
        Phase phase = Phase.GAS;
        if (temperatureK < criticalTemperature) {
            int interval = superancillary.interval(temperatureK);
            double rhoL = superancillary.liquidDensity(interval, temperatureK) * molarMass;
            double rhoV = superancillary.vapourDensity(interval, temperatureK) * molarMass;
            if (densityKgM3 > rhoV && densityKgM3 < rhoL) {
                return mixture(saturation(temperatureK, superancillary.pressure(interval, temperatureK), interval),
                        densityKgM3);
            }
            phase = densityKgM3 >= rhoL ? Phase.LIQUID : Phase.GAS;
        }
        FluidState state = singlePhase(temperatureK, densityKgM3, phase, Double.NaN, isotherm);
        if (!(state.pressure() > 0 && state.pressure() <= MAX_PRESSURE * (1 + 1e-12))) {
            throw new EosRangeException("density", densityKgM3, "kg/m3", "at " + temperatureK
                    + " K it gives a pressure of " + state.pressure() + " Pa, outside " + PRESSURE_RANGE);
        }
        if (temperatureK >= criticalTemperature && state.pressure() >= criticalPressure) {
            return state.withPhase(Phase.SUPERCRITICAL);
        }
        return state;
    }

    /**
     * The equilibrium state at pressure {@code pressurePa} and specific enthalpy {@code enthalpyJkg}
     * (relative to saturated liquid at 101.325 kPa): a single-phase state, or below the critical pressure
     * and between the saturated liquid and vapour enthalpies, a two-phase mixture with its quality.
     * This is the state after a throttling (isenthalpic) expansion.
     *
     * @throws EosRangeException for a pressure out of range, or an enthalpy NaN or outside the enthalpies
     *                           the EOS reaches at that pressure between 2.1768 K and 1500 K
     */
    public FluidState stateAtPressureEnthalpy(double pressurePa, double enthalpyJkg) {
        checkPressure(pressurePa);
        if (Double.isNaN(enthalpyJkg) || Double.isInfinite(enthalpyJkg)) {
            throw new EosRangeException("enthalpy", enthalpyJkg, "J/kg", "a finite specific enthalpy");
        }
        double tLow = MIN_TEMPERATURE;
        double tHigh = MAX_TEMPERATURE;
        if (pressurePa >= minimumSaturationPressure && pressurePa < criticalPressure) {
            SaturationState sat = saturationAtPressure(pressurePa);
            double hL = sat.liquid().enthalpy();
            double hV = sat.vapour().enthalpy();
            if (enthalpyJkg >= hL && enthalpyJkg <= hV) {
                double quality = (enthalpyJkg - hL) / (hV - hL);
                double volume = (1 - quality) / sat.liquid().density() + quality / sat.vapour().density();
                return mixture(sat, 1 / volume);
            }
            if (enthalpyJkg < hL) {
                tHigh = sat.temperature();
            } else {
                tLow = sat.temperature();
            }
        }
        FluidState low = state(tLow, pressurePa);
        FluidState high = state(tHigh, pressurePa);
        if (enthalpyJkg < low.enthalpy() || enthalpyJkg > high.enthalpy()) {
            throw new EosRangeException("enthalpy", enthalpyJkg, "J/kg", "at " + pressurePa + " Pa the EOS spans "
                    + low.enthalpy() + " to " + high.enthalpy() + " J/kg (" + MIN_TEMPERATURE + " to "
                    + MAX_TEMPERATURE + " K)");
        }
        return solveTemperatureForEnthalpy(pressurePa, enthalpyJkg, low, high);
    }

    // ---------------------------------------------------------------- saturation

    /**
     * Saturated liquid and vapour at {@code temperatureK}, from the lambda point to the critical point.
     *
     * @throws EosRangeException outside 2.1768 K to the critical temperature 5.1953 K
     */
    public SaturationState saturationAtTemperature(double temperatureK) {
        if (!(temperatureK >= MIN_TEMPERATURE && temperatureK <= criticalTemperature)) {
            throw new EosRangeException("temperature", temperatureK, "K", "saturation exists from "
                    + MIN_TEMPERATURE + " K (lambda point) to the critical temperature " + criticalTemperature + " K");
        }
        int interval = superancillary.interval(temperatureK);
        return saturation(temperatureK, superancillary.pressure(interval, temperatureK), interval);
    }

    /**
     * Saturated liquid and vapour at {@code pressurePa}, from the lambda-point pressure (5.04 kPa) to the
     * critical pressure (228.3 kPa).
     *
     * @throws EosRangeException outside that range
     */
    public SaturationState saturationAtPressure(double pressurePa) {
        if (!(pressurePa >= minimumSaturationPressure && pressurePa <= criticalPressure)) {
            throw new EosRangeException("pressure", pressurePa, "Pa", "saturation exists from "
                    + minimumSaturationPressure + " Pa (lambda point) to the critical pressure " + criticalPressure + " Pa");
        }
        int interval = superancillary.pressureInterval(pressurePa);
        return saturation(superancillary.temperature(interval, pressurePa), pressurePa, interval);
    }

    /**
     * Saturation at {@code temperatureK} solved directly from the EOS: Newton iteration on the liquid and
     * vapour densities for equal pressure and equal Gibbs energy, started from the published density
     * ancillaries. Slower than {@link #saturationAtTemperature(double)}; it is the independent check of it.
     * Converges up to about 1 mK below the critical temperature, where the problem becomes singular.
     *
     * @throws EosRangeException outside 2.1768 K to the critical temperature
     * @throws IllegalStateException if the iteration does not converge (closer to the critical point)
     */
    public SaturationState saturationByIteration(double temperatureK) {
        if (!(temperatureK >= MIN_TEMPERATURE && temperatureK < criticalTemperature)) {
            throw new EosRangeException("temperature", temperatureK, "K", "saturation exists from "
                    + MIN_TEMPERATURE + " K (lambda point) to below the critical temperature " + criticalTemperature + " K");
        }
        ResidualHelmholtz.Isotherm isotherm = residual.isotherm(reducingTemperature / temperatureK);
        double deltaL = liquidAncillary.value(temperatureK) / (reducingDensity / molarMass);
        double deltaV = vapourAncillary.value(temperatureK) / (reducingDensity / molarMass);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            ResidualHelmholtz.Derivatives l = isotherm.derivatives(deltaL);
            ResidualHelmholtz.Derivatives v = isotherm.derivatives(deltaV);
            // Akasaka (2008): J = delta (1 + delta A_d) (reduced pressure), K = delta A_d + A + ln delta (Gibbs)
            double jL = deltaL * (1 + l.dA());
            double jV = deltaV * (1 + v.dA());
            double kL = l.dA() + l.a() + Math.log(deltaL);
            double kV = v.dA() + v.a() + Math.log(deltaV);
            double jdL = 1 + 2 * l.dA() + l.ddA();
            double jdV = 1 + 2 * v.dA() + v.ddA();
            double kdL = jdL / deltaL;
            double kdV = jdV / deltaV;
            double det = jdV * kdL - jdL * kdV;
            double stepL = ((kV - kL) * jdV - (jV - jL) * kdV) / det;
            double stepV = ((kV - kL) * jdL - (jV - jL) * kdL) / det;
            deltaL += stepL;
            deltaV += stepV;
            if (Math.abs(stepL / deltaL) < 1e-12 && Math.abs(stepV / deltaV) < 1e-12) {
                double rhoL = deltaL * reducingDensity;
                double pressure = rhoL * specificGasConstant * temperatureK * (1 + isotherm.derivatives(deltaL).dA());
                return saturation(temperatureK, pressure, rhoL, deltaV * reducingDensity, isotherm);
            }
        }
        throw new IllegalStateException("saturation iteration did not converge at " + temperatureK + " K");
    }

    // ---------------------------------------------------------------- internals

    private SaturationState saturation(double temperatureK, double pressurePa, int interval) {
        return saturation(temperatureK, pressurePa,
                superancillary.liquidDensity(interval, temperatureK) * molarMass,
                superancillary.vapourDensity(interval, temperatureK) * molarMass,
                residual.isotherm(reducingTemperature / temperatureK));
    }

    private SaturationState saturation(double temperatureK, double pressurePa, double rhoL, double rhoV,
                                       ResidualHelmholtz.Isotherm isotherm) {
        FluidState liquid = singlePhase(temperatureK, rhoL, Phase.LIQUID, 0, isotherm);
        FluidState vapour = singlePhase(temperatureK, rhoV, Phase.GAS, 1, isotherm);
        return new SaturationState(temperatureK, pressurePa, liquid, vapour);
    }

    private FluidState mixture(SaturationState sat, double densityKgM3) {
        FluidState l = sat.liquid();
        FluidState v = sat.vapour();
        double quality = (1 / densityKgM3 - 1 / l.density()) / (1 / v.density() - 1 / l.density());
        double h = l.enthalpy() + quality * (v.enthalpy() - l.enthalpy());
        double s = l.entropy() + quality * (v.entropy() - l.entropy());
        double u = l.internalEnergy() + quality * (v.internalEnergy() - l.internalEnergy());
        double z = sat.pressure() / (densityKgM3 * specificGasConstant * sat.temperature());
        return new FluidState(sat.temperature(), sat.pressure(), densityKgM3, h, s, u, Double.NaN, Double.NaN,
                Double.NaN, z, Phase.TWO_PHASE, quality);
    }

    /** All properties at (T, rho) from the Helmholtz energy, without a phase check. */
    private FluidState singlePhase(double temperatureK, double densityKgM3, Phase phase, double quality,
                                   ResidualHelmholtz.Isotherm isotherm) {
        double delta = densityKgM3 / reducingDensity;
        double tau = isotherm.tau();
        ResidualHelmholtz.Derivatives r = isotherm.derivatives(delta);
        double alpha0 = Math.log(delta) + idealA1 + idealA2 * tau + idealLogTau * isotherm.logTau();
        double tauAlpha0Tau = idealA2 * tau + idealLogTau;
        double rt = specificGasConstant * temperatureK;
        double z = 1 + r.dA();
        double tauSum = tauAlpha0Tau + r.tA();
        double cvOverR = idealLogTau - r.ttA();
        double numerator = 1 + r.dA() - r.dtA();
        double denominator = 1 + 2 * r.dA() + r.ddA();
        double cv = specificGasConstant * cvOverR;
        double cp = cv + specificGasConstant * numerator * numerator / denominator;
        double w2 = rt * (denominator + numerator * numerator / cvOverR);
        return new FluidState(temperatureK, densityKgM3 * rt * z, densityKgM3,
                rt * (tauSum + z), specificGasConstant * (tauSum - alpha0 - r.a()), rt * tauSum,
                cp, cv, Math.sqrt(w2), z, phase, quality);
    }

    private Phase phaseOf(double temperatureK, double pressurePa) {
        if (temperatureK >= criticalTemperature) {
            return pressurePa >= criticalPressure ? Phase.SUPERCRITICAL : Phase.GAS;
        }
        return pressurePa >= superancillary.pressure(temperatureK) ? Phase.LIQUID : Phase.GAS;
    }

    /**
     * Safeguarded Halley iteration on ln p(ln rho) = ln p along the isotherm, inside a bracket of the
     * stable branch: below the critical temperature the vapour lies between 0 and the saturated vapour
     * density, the liquid above the saturated liquid density. Gases start from the second-virial
     * density, liquids from the saturated liquid. Steps are Halley's (cubic convergence); once a step
     * in ln rho is below 3e-6 it is taken and returned: the error left is of the order of its cube.
     */
    private double solveDensity(double temperatureK, double pressurePa, ResidualHelmholtz.Isotherm isotherm) {
        double rt = specificGasConstant * temperatureK;
        double lower = 0;
        double upper = Double.POSITIVE_INFINITY;
        double guess;
        boolean liquid = false;
        if (temperatureK < criticalTemperature) {
            int interval = superancillary.interval(temperatureK);
            if (pressurePa >= superancillary.pressure(interval, temperatureK)) {
                lower = superancillary.liquidDensity(interval, temperatureK) * molarMass;
                liquid = true;
            } else {
                upper = superancillary.vapourDensity(interval, temperatureK) * molarMass;
            }
        }
        if (liquid) {
            guess = lower;
        } else {
            // rho (1 + b rho) = p / RT with the second virial coefficient b, in its stable form
            double b = isotherm.secondVirial() / reducingDensity;
            double c = pressurePa / rt;
            double discriminant = 1 + 4 * b * c;
            guess = discriminant > 0 ? 2 * c / (1 + Math.sqrt(discriminant)) : c;
            guess = Math.min(guess, upper);
        }
        double logP = Math.log(pressurePa);
        double logLower = Math.log(lower);
        double logUpper = Math.log(upper);
        double x = Math.log(guess);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {

            isotherm.moveTo(Math.exp(x) / reducingDensity);
            double z = 1 + isotherm.dA();
            double error = z > 0 ? x + Math.log(rt * z) - logP : Double.NaN;
            if (error > 0) {
                logUpper = x;
            } else if (error < 0) {
                logLower = x;
            } else if (error == 0) {
                return Math.exp(x);
            }
            // Halley's step on f(x) = ln p(e^x) - ln p: cubic convergence, no extra exponentials
            double slope = 1 + isotherm.slope() / z;
            double curvature = isotherm.curvature() / z - (isotherm.slope() / z) * (isotherm.slope() / z);
            double next = Double.NaN;
            if (slope > 0 && error == error) {
                double denominator = 2 * slope * slope - error * curvature;
                double step = denominator > 0 ? 2 * error * slope / denominator : error / slope;
                next = x - Math.max(-1, Math.min(1, step));
                if (Math.abs(step) < CONVERGED && next > logLower && next < logUpper) {
                    return Math.exp(next);
                }
            }
            if (!(next > logLower && next < logUpper)) {
                // Newton left the bracket (or the slope is unusable): bisect, or expand an open side.
                if (Double.isInfinite(logUpper)) {
                    next = x + 1;
                } else if (Double.isInfinite(logLower)) {
                    next = x - 1;
                } else if (logUpper - logLower < 1e-15) {
                    return Math.exp(0.5 * (logLower + logUpper));
                } else {
                    next = 0.5 * (logLower + logUpper);
                }
            }
            x = next;
        }
        throw new IllegalStateException("density iteration did not converge at T = " + temperatureK
                + " K, p = " + pressurePa + " Pa");
    }

    private FluidState solveTemperatureForEnthalpy(double pressurePa, double enthalpyJkg, FluidState low,
                                                   FluidState high) {
        double tLow = low.temperature();
        double tHigh = high.temperature();
        FluidState current = enthalpyJkg - low.enthalpy() < high.enthalpy() - enthalpyJkg ? low : high;
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double error = current.enthalpy() - enthalpyJkg;
            if (error > 0) {
                tHigh = Math.min(tHigh, current.temperature());
            } else if (error < 0) {
                tLow = Math.max(tLow, current.temperature());
            } else {
                return current;
            }
            double next = current.temperature() - error / current.cp();
            if (!(next > tLow && next < tHigh)) {
                next = 0.5 * (tLow + tHigh);
            }
            if (Math.abs(next - current.temperature()) < 1e-12 * next || tHigh - tLow < 1e-13 * tHigh) {
                return state(next, pressurePa);
            }
            current = state(next, pressurePa);
        }
        throw new IllegalStateException("temperature iteration did not converge at p = " + pressurePa
                + " Pa, h = " + enthalpyJkg + " J/kg");
    }

    static void checkTemperature(double temperatureK) {
        if (!(temperatureK >= MIN_TEMPERATURE && temperatureK <= MAX_TEMPERATURE)) {
            throw new EosRangeException("temperature", temperatureK, "K", TEMPERATURE_RANGE);
        }
    }

    static void checkPressure(double pressurePa) {
        if (!(pressurePa > 0 && pressurePa <= MAX_PRESSURE)) {
            throw new EosRangeException("pressure", pressurePa, "Pa", PRESSURE_RANGE);
        }
    }
}
