package io.github.herenet.helium.thermo;

import java.util.List;

/**
 * Chebyshev "superancillaries" of the helium phase equilibrium: piecewise expansions in temperature
 * of the saturation pressure and the saturated liquid and vapour molar densities, fitted in extended
 * precision to the exact solution of the reference EOS (agreement about 1e-14 relative). Immutable.
 */
final class Superancillary {

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
        for (int i = 0; i < n; i++) {
            upperPressure[i] = clenshaw(pressure[i], 1.0);
        }
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

    /** Saturated liquid molar density at {@code t}, mol/m3. */
    double liquidDensity(double t) {
        return liquidDensity(interval(t), t);
    }

    /** Saturated liquid molar density at {@code t} in interval {@code i}, mol/m3. */
    double liquidDensity(int i, double t) {
        return clenshaw(liquid[i], reduce(i, t));
    }

    /** Saturated vapour molar density at {@code t}, mol/m3. */
    double vapourDensity(double t) {
        return vapourDensity(interval(t), t);
    }

    /** Saturated vapour molar density at {@code t} in interval {@code i}, mol/m3. */
    double vapourDensity(int i, double t) {
        return clenshaw(vapour[i], reduce(i, t));
    }

    /**
     * The saturation temperature at pressure {@code p} (within range), found by Newton's method on the
     * pressure expansion itself, so that {@code pressure(temperature(p)) == p} to rounding.
     */
    double temperature(double p) {
        int i = pressureInterval(p);
        double[] c = pressure[i];
        double pLow = i == 0 ? clenshaw(c, -1.0) : upperPressure[i - 1];
        double pHigh = upperPressure[i];
        double u = Math.max(-1, Math.min(1, -1 + 2 * (p - pLow) / (pHigh - pLow)));
        for (int iteration = 0; iteration < 50; iteration++) {
            // T_k and its derivative k U_{k-1} by forward recurrences, on u in [-1, 1]
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
            double step = (value - p) / slope;
            u = Math.max(-1, Math.min(1, u - step));
            if (Math.abs(step) < 1e-15) {
                break;
            }
        }
        return 0.5 * ((upper[i] - lower[i]) * u + upper[i] + lower[i]);
    }

    private int pressureInterval(double p) {
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
