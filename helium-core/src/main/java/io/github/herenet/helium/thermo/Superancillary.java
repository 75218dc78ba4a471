package io.github.herenet.helium.thermo;

import java.util.List;

/**
 * Chebyshev "superancillaries" of the helium phase equilibrium: piecewise expansions in temperature
 * of the saturation pressure and the saturated liquid and vapour molar densities, fitted in extended
 * precision to the exact solution of the reference EOS (agreement about 1e-14 relative). Immutable.
 */
final class Superancillary {

    private static final int INVERSE_NODES = 16;

    /** One Chebyshev expansion on {@code [xmin, xmax]}: f(x) = sum c_k T_k(u), u = (2x - xmax - xmin)/(xmax - xmin). */
    record Expansion(double xmin, double xmax, double[] coef) {
    }

    private final double[] lower;
    private final double[] upper;
    private final double[][] pressure;
    private final double[][] liquid;
    private final double[][] vapour;
    /** Saturation pressure at each interval's upper end, increasing. */
    private final double[] upperPressure;
    /** ln of the saturation pressure at the interval ends: [0] at the lowest temperature, [i + 1] at upper[i]. */
    private final double[] logPressure;
    /** T as a Chebyshev series in ln p on each interval: the start of {@link #temperature(double)}. */
    private final double[][] inverse;
    private final double criticalTemperature;
    private final double criticalMolarDensity;

    Superancillary(List<Expansion> p, List<Expansion> rhoL, List<Expansion> rhoV,
                   double criticalTemperature, double criticalMolarDensity) {
        int n = p.size();
        if (rhoL.size() != n || rhoV.size() != n) {
            throw new IllegalStateException("superancillary expansions do not share their intervals");
        }
        lower = new double[n];
        upper = new double[n];
        pressure = new double[n][];
        liquid = new double[n][];
        vapour = new double[n][];
        for (int i = 0; i < n; i++) {
            lower[i] = p.get(i).xmin();
            upper[i] = p.get(i).xmax();
            if (rhoL.get(i).xmin() != lower[i] || rhoV.get(i).xmin() != lower[i]) {
                throw new IllegalStateException("superancillary expansions do not share their intervals");
            }
            pressure[i] = p.get(i).coef().clone();
            liquid[i] = rhoL.get(i).coef().clone();
            vapour[i] = rhoV.get(i).coef().clone();
        }
        upperPressure = new double[n];
        logPressure = new double[n + 1];
        logPressure[0] = Math.log(clenshaw(pressure[0], -1.0));
        for (int i = 0; i < n; i++) {
            upperPressure[i] = clenshaw(pressure[i], 1.0);
            logPressure[i + 1] = Math.log(upperPressure[i]);
        }
        inverse = inverseExpansions();
        this.criticalTemperature = criticalTemperature;
        this.criticalMolarDensity = criticalMolarDensity;
    }

    double minimumTemperature() {
        return lower[0];
    }

    /** The critical temperature of the EOS as found by the superancillary construction, K. */
    double criticalTemperature() {
        return criticalTemperature;
    }

    /** The critical molar density, mol/m3. */
    double criticalMolarDensity() {
        return criticalMolarDensity;
    }

    /** The lowest saturation pressure covered (at the lambda point), Pa. */
    double minimumPressure() {
        return clenshaw(pressure[0], -1.0);
    }

    /** The critical pressure (the expansion's value at the critical temperature), Pa. */
    double criticalPressure() {
        return upperPressure[upperPressure.length - 1];
    }

    /** The index of the expansion interval holding temperature {@code t}, for the three-argument look-ups. */
    int interval(double t) {
        int lo = 0;
        int hi = lower.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lower[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Saturation pressure at {@code t} (K, within range), Pa. */
    double pressure(double t) {
        return pressure(interval(t), t);
    }

    /** Saturation pressure at {@code t} in interval {@code i}, Pa. */
    double pressure(int i, double t) {
        return clenshaw(pressure[i], reduce(i, t));
    }

    /** Saturated liquid molar density at {@code t} in interval {@code i}, mol/m3. */
    double liquidDensity(int i, double t) {
        return clenshaw(liquid[i], reduce(i, t));
    }

    /** Saturated vapour molar density at {@code t} in interval {@code i}, mol/m3. */
    double vapourDensity(int i, double t) {
        return clenshaw(vapour[i], reduce(i, t));
    }

    /**
     * The saturation temperature at pressure {@code p} (within range), from the inverse expansion of the
     * interval: T as a Chebyshev series in ln p, interpolated once at construction from temperatures solved
     * exactly (Newton) on the forward pressure expansion. It reproduces those solutions to a few ulps
     * (worst 4e-15 relative, checked by the tests), so no iteration is needed here.
     */
    double temperature(double p) {
        return temperature(pressureInterval(p), p);
    }

    /** As {@link #temperature(double)}, in interval {@code i}: the one {@link #pressureInterval} gives for {@code p}. */
    double temperature(int i, double p) {
        double v = (2 * Math.log(p) - logPressure[i + 1] - logPressure[i]) / (logPressure[i + 1] - logPressure[i]);
        return clenshaw(inverse[i], v);
    }

    /** Solves pressure(T) = p in interval {@code i} by Newton's method from a Clausius-Clapeyron start. */
    private double solveTemperature(int i, double p) {
        double inverseLow = 1 / lower[i];
        double inverseHigh = 1 / upper[i];
        double inverseT = inverseLow + (inverseHigh - inverseLow) * (Math.log(p) - logPressure[i])
                / (logPressure[i + 1] - logPressure[i]);
        double u = Math.max(-1, Math.min(1, (2 / inverseT - upper[i] - lower[i]) / (upper[i] - lower[i])));
        for (int iteration = 0; iteration < 50; iteration++) {
            double next = newtonStep(i, u, p);
            boolean converged = Math.abs(next - u) < 1e-9; // quadratic: the error left is about step^2
            u = next;
            if (converged) {
                break;
            }
        }
        return 0.5 * ((upper[i] - lower[i]) * u + upper[i] + lower[i]);
    }

    /** One Newton step on pressure(u) = p in interval {@code i}, with T_k' = k U_(k-1) by recurrence. */
    private double newtonStep(int i, double u, double p) {
        double[] c = pressure[i];
        double tPrev = 1;
        double tCur = u;
        double uPrev = 0;
        double uCur = 1;
        double value = c[0] + c[1] * u;
        double slope = c[1];
        for (int k = 2; k < c.length; k++) {
            double tNext = 2 * u * tCur - tPrev;
            double uNext = 2 * u * uCur - uPrev;
            value += c[k] * tNext;
            slope += c[k] * k * uNext;
            tPrev = tCur;
            tCur = tNext;
            uPrev = uCur;
            uCur = uNext;
        }
        return Math.max(-1, Math.min(1, u - (value - p) / slope));
    }

    /**
     * Chebyshev interpolation of T(ln p) on each interval at {@value #INVERSE_NODES} nodes, truncated
     * where the coefficients fall to rounding noise (6 to 10 terms are left).
     */
    private double[][] inverseExpansions() {
        int n = lower.length;
        double[][] result = new double[n][];
        double[] nodeValues = new double[INVERSE_NODES];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < INVERSE_NODES; k++) {
                double v = Math.cos(Math.PI * (k + 0.5) / INVERSE_NODES);
                double logP = 0.5 * ((logPressure[i + 1] - logPressure[i]) * v + logPressure[i + 1] + logPressure[i]);
                nodeValues[k] = solveTemperature(i, Math.exp(logP));
            }
            double[] coef = new double[INVERSE_NODES];
            for (int j = 0; j < INVERSE_NODES; j++) {
                double sum = 0;
                for (int k = 0; k < INVERSE_NODES; k++) {
                    sum += nodeValues[k] * Math.cos(Math.PI * j * (k + 0.5) / INVERSE_NODES);
                }
                coef[j] = (j == 0 ? 1.0 : 2.0) * sum / INVERSE_NODES;
            }
            // the tail below 1e-15 relative is rounding noise of the node values: drop it
            int length = INVERSE_NODES;
            while (length > 2 && Math.abs(coef[length - 1]) < 1e-15 * Math.abs(coef[0])) {
                length--;
            }
            result[i] = java.util.Arrays.copyOf(coef, length);
        }
        return result;
    }

    /**
     * The index of the expansion interval whose saturation pressures hold {@code p}; the temperatures
     * found there lie in the same interval of {@link #interval(double)}.
     */
    int pressureInterval(double p) {
        int lo = 0;
        int hi = upperPressure.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (upperPressure[mid] < p) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private double reduce(int i, double t) {
        return (2 * t - upper[i] - lower[i]) / (upper[i] - lower[i]);
    }

    private static double clenshaw(double[] c, double u) {
        double b1 = 0;
        double b2 = 0;
        for (int k = c.length - 1; k >= 1; k--) {
            double b0 = 2 * u * b1 - b2 + c[k];
            b2 = b1;
            b1 = b0;
        }
        return u * b1 - b2 + c[0];
    }
}
