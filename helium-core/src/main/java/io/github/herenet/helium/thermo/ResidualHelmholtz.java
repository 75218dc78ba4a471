package io.github.herenet.helium.thermo;

/**
 * The residual Helmholtz energy of the reference EOS, alpha_r(delta, tau) = sum of 12 power terms
 * n delta^d tau^t exp(-delta^l) and 11 Gaussian terms n delta^d tau^t exp(-eta (delta - eps)^2 -
 * beta (tau - gamma)^2), with its derivatives. Immutable and thread-safe.
 *
 * <p>Evaluation goes through an {@link Isotherm}: the temperature factors of all terms are computed
 * once per temperature, so that every density on the isotherm costs only the density-dependent
 * exponentials (2 for all power terms, 1 per Gaussian term). Derivatives are returned scaled:
 * {@code delta*dA/ddelta}, {@code delta^2*d2A/ddelta2}, {@code tau*dA/dtau}, {@code tau^2*d2A/dtau2}
 * and {@code delta*tau*d2A/ddelta dtau}; the property formulas use them in that form.
 */
final class ResidualHelmholtz {

    /** alpha_r and its scaled derivatives at one (delta, tau). */
    record Derivatives(double a, double dA, double ddA, double tA, double ttA, double dtA) {
    }

    private static final double UNDERFLOW = -745;

    private final double[] n;
    private final double[] t;
    private final int[] d;
    private final int[] l;
    private final double[] gn;
    private final double[] gt;
    private final int[] gd;
    private final double[] eta;
    private final double[] eps;
    private final double[] beta;
    private final double[] gamma;
    /** exp(-eta eps^2): the density factor of a Gaussian term at delta = 0. */
    private final double[] gaussAtZeroDensity;
    /** t (t - 1) of each power term: its tau^2 d2/dtau2 factor. */
    private final double[] tt1;

    ResidualHelmholtz(double[] n, double[] t, int[] d, int[] l, double[] gn, double[] gt, int[] gd,
                      double[] eta, double[] eps, double[] beta, double[] gamma) {
        this.n = n;
        this.t = t;
        this.d = d;
        this.l = l;
        this.gn = gn;
        this.gt = gt;
        this.gd = gd;
        this.eta = eta;
        this.eps = eps;
        this.beta = beta;
        this.gamma = gamma;
        for (int exponent : l) {
            if (exponent < 0 || exponent > 2) {
                throw new IllegalStateException("power term exponent l=" + exponent + " not supported (0, 1 or 2)");
            }
        }
        for (int exponent : d) {
            checkDensityExponent(exponent);
        }
        for (int exponent : gd) {
            checkDensityExponent(exponent);
        }
        tt1 = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            tt1[i] = t[i] * (t[i] - 1);
        }
        gaussAtZeroDensity = new double[gn.length];
        for (int j = 0; j < gn.length; j++) {
            gaussAtZeroDensity[j] = Math.exp(-eta[j] * eps[j] * eps[j]);
        }
    }

    /** All derivatives at (delta, tau). */
    Derivatives evaluate(double delta, double tau) {
        return isotherm(tau).derivatives(delta);
    }

    /** The isotherm at reduced inverse temperature {@code tau}. */
    Isotherm isotherm(double tau) {
        return new Isotherm(tau);
    }

    /**
     * The residual Helmholtz energy along one isotherm. Immutable apart from scratch space and the
     * solver slots written by {@link #moveTo}; an instance is confined to the thread and call that made it.
     */
    final class Isotherm {
        /**
         * Scratch per density: delta^0..4 at [0..4], exp(-delta^l) at [5 + l], delta^l at [8 + l], and the
         * density factor exp(-eta (delta - eps)^2) of Gaussian term j at [11 + j]. All exponentials are taken
         * in {@link #prepare}, so the summing loops make no calls and keep their accumulators in registers.
         */
        private static final int DAMPING = 5;
        private static final int DELTA_L = 8;
        private static final int GAUSS_DENSITY = 11;

        /**
         * Everything in one array, one allocation: n tau^t of the power terms at [0, powers), then per
         * Gaussian term j its temperature factor, tau dlnT/dtau and the matching second-derivative factor
         * at [gauss + 3j, +1, +2], then the scratch space at [scratch, ...).
         */
        private final double[] values;
        private final int gauss;
        private final int scratch;
        private final double secondVirial;
        private final double tau;
        private final double logTau;
        private double dA;
        private double slope;
        private double curvature;

        private Isotherm(double tau) {
            double lnTau = Math.log(tau);
            this.tau = tau;
            this.logTau = lnTau;
            gauss = n.length;
            scratch = gauss + 3 * gn.length;
            values = new double[scratch + GAUSS_DENSITY + gn.length];
            double[] v = values;
            // the exponentials first, in loops that make calls and nothing else
            for (int i = 0; i < n.length; i++) {
                v[i] = t[i] == 1 ? tau : Math.exp(t[i] * lnTau);
            }
            for (int j = 0, k = gauss; j < gn.length; j++, k += 3) {
                double tt = tau - gamma[j];
                double exponent = gt[j] * lnTau - beta[j] * tt * tt;
                v[k] = exponent < UNDERFLOW ? 0 : Math.exp(exponent);
            }
            double virial = 0;
            for (int i = 0; i < n.length; i++) {
                v[i] *= n[i];
                if (d[i] == 1) {
                    virial += v[i];
                }
            }
            for (int j = 0, k = gauss; j < gn.length; j++, k += 3) {
                double tt = tau - gamma[j];
                v[k] *= gn[j];
                double w = gt[j] - 2 * beta[j] * tau * tt;
                v[k + 1] = w;
                v[k + 2] = w * w - gt[j] - 2 * beta[j] * tau * tau;
                if (gd[j] == 1) {
                    virial += v[k] * gaussAtZeroDensity[j];
                }
            }
            secondVirial = virial;
        }

        /** The reduced inverse temperature of this isotherm, Tc/T. */
        double tau() {
            return tau;
        }

        /** ln(tau). */
        double logTau() {
            return logTau;
        }

        /** The reduced second virial coefficient: the limit of (delta dA/ddelta)/delta as delta goes to 0. */
        double secondVirial() {
            return secondVirial;
        }

        /** Fills the scratch space for {@code delta}: its powers, the damping exponentials, delta^l. */
        private void prepare(double delta) {
            double[] v = values;
            int s = scratch;
            double delta2 = delta * delta;
            v[s] = 1;
            v[s + 1] = delta;
            v[s + 2] = delta2;
            v[s + 3] = delta2 * delta;
            v[s + 4] = delta2 * delta2;
            v[s + DAMPING] = 1;
            v[s + DAMPING + 1] = Math.exp(-delta);
            v[s + DAMPING + 2] = Math.exp(-delta2);
            v[s + DELTA_L] = 0;
            v[s + DELTA_L + 1] = delta;
            v[s + DELTA_L + 2] = delta2;
            for (int j = 0, k = gauss; j < gn.length; j++, k += 3) {
                double dd = delta - eps[j];
                v[s + GAUSS_DENSITY + j] = v[k] == 0 ? 0 : Math.exp(-eta[j] * dd * dd);
            }
        }

        /** All derivatives at reduced density {@code delta}. */
        Derivatives derivatives(double delta) {
            prepare(delta);
            double[] v = values;
            int s = scratch;
            double a = 0;
            double sumD = 0;
            double sumDD = 0;
            double sumT = 0;
            double sumTT = 0;
            double sumDT = 0;
            for (int i = 0; i < n.length; i++) {
                int li = l[i];
                double deltaL = v[s + DELTA_L + li];
                double base = v[i] * v[s + d[i]] * v[s + DAMPING + li];
                double u = d[i] - li * deltaL;
                double u1 = -li * li * deltaL;
                a += base;
                sumD += base * u;
                sumDD += base * (u1 + u * u - u);
                sumT += base * t[i];
                sumTT += base * tt1[i];
                sumDT += base * u * t[i];
            }
            double delta2 = v[s + 2];
            for (int j = 0, k = gauss; j < gn.length; j++, k += 3) {
                double dd = delta - eps[j];
                double base = v[k] * v[s + gd[j]] * v[s + GAUSS_DENSITY + j];
                double twoEtaDelta = 2 * eta[j] * delta;
                double u = gd[j] - twoEtaDelta * dd;
                a += base;
                sumD += base * u;
                sumDD += base * (u * u - gd[j] - 2 * eta[j] * delta2);
                sumT += base * v[k + 1];
                sumTT += base * v[k + 2];
                sumDT += base * u * v[k + 1];
            }
            return new Derivatives(a, sumD, sumDD, sumT, sumTT, sumDT);
        }

        /**
         * Evaluates what a density solver needs at {@code delta}: with theta = ln delta and
         * S(theta) = delta dA/ddelta, the values {@link #dA()} = S, {@link #slope()} = dS/dtheta and
         * {@link #curvature()} = d2S/dtheta2. Each term n D(delta) T(tau) contributes through
         * u = dlnD/dtheta and its theta-derivatives u1, u2: S = sum D u, S' = sum D (u^2 + u1),
         * S'' = sum D (u^3 + 3 u u1 + u2).
         */
        void moveTo(double delta) {
            prepare(delta);
            double[] v = values;
            int s = scratch;
            double sum = 0;
            double sumSlope = 0;
            double sumCurvature = 0;
            for (int i = 0; i < n.length; i++) {
                int li = l[i];
                double deltaL = v[s + DELTA_L + li];
                double base = v[i] * v[s + d[i]] * v[s + DAMPING + li];
                double u = d[i] - li * deltaL;
                double u1 = -li * li * deltaL;
                sum += base * u;
                sumSlope += base * (u * u + u1);
                sumCurvature += base * (u * (u * u + 3 * u1) + li * u1);
            }
            for (int j = 0, k = gauss; j < gn.length; j++, k += 3) {
                double dd = delta - eps[j];
                double base = v[k] * v[s + gd[j]] * v[s + GAUSS_DENSITY + j];
                double twoEtaDelta = 2 * eta[j] * delta;
                double u = gd[j] - twoEtaDelta * dd;
                double u1 = -twoEtaDelta * (2 * delta - eps[j]);
                double u2 = -twoEtaDelta * (4 * delta - eps[j]);
                sum += base * u;
                sumSlope += base * (u * u + u1);
                sumCurvature += base * (u * (u * u + 3 * u1) + u2);
            }
            dA = sum;
            slope = sumSlope;
            curvature = sumCurvature;
        }

        /** {@code delta * d(alpha_r)/d(delta)} at the last {@link #moveTo}. */
        double dA() {
            return dA;
        }

        /** d/d(ln delta) of {@link #dA()} at the last {@link #moveTo}. */
        double slope() {
            return slope;
        }

        /** d2/d(ln delta)2 of {@link #dA()} at the last {@link #moveTo}. */
        double curvature() {
            return curvature;
        }
    }

    private static void checkDensityExponent(int exponent) {
        if (exponent < 0 || exponent > 4) {
            throw new IllegalStateException("density exponent d=" + exponent + " not supported (0 to 4)");
        }
    }
}
