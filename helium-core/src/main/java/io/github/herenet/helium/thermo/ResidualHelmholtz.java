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
     * The residual Helmholtz energy along one isotherm. Immutable apart from the two solver slots
     * written by {@link #moveTo}; an instance is confined to the thread and call that made it.
     */
    final class Isotherm {
        private final double[] powerFactor;
        private final double[] gaussFactor;
        private final double[] gaussW;
        private final double[] gaussZ;
        private final double secondVirial;
        private double dA;
        private double ddA;

        private Isotherm(double tau) {
            double lnTau = Math.log(tau);
            powerFactor = new double[n.length];
            gaussFactor = new double[gn.length];
            gaussW = new double[gn.length];
            gaussZ = new double[gn.length];
            double virial = 0;
            for (int i = 0; i < n.length; i++) {
                powerFactor[i] = t[i] == 1 ? n[i] * tau : n[i] * Math.exp(t[i] * lnTau);
                if (d[i] == 1) {
                    virial += powerFactor[i];
                }
            }
            for (int j = 0; j < gn.length; j++) {
                double tt = tau - gamma[j];
                double exponent = gt[j] * lnTau - beta[j] * tt * tt;
                gaussFactor[j] = exponent < UNDERFLOW ? 0 : gn[j] * Math.exp(exponent);
                double w = gt[j] - 2 * beta[j] * tau * tt;
                gaussW[j] = w;
                gaussZ[j] = w * w - gt[j] - 2 * beta[j] * tau * tau;
                if (gd[j] == 1) {
                    virial += gaussFactor[j] * gaussAtZeroDensity[j];
                }
            }
            secondVirial = virial;
        }

        /** The reduced second virial coefficient: the limit of (delta dA/ddelta)/delta as delta goes to 0. */
        double secondVirial() {
            return secondVirial;
        }

        /** All derivatives at reduced density {@code delta}. */
        Derivatives derivatives(double delta) {
            double expDelta = Math.exp(-delta);
            double delta2 = delta * delta;
            double expDelta2 = Math.exp(-delta2);
            double a = 0;
            double sumD = 0;
            double sumDD = 0;
            double sumT = 0;
            double sumTT = 0;
            double sumDT = 0;
            for (int i = 0; i < n.length; i++) {
                int li = l[i];
                double deltaL = li == 0 ? 0 : li == 1 ? delta : delta2;
                double damping = li == 0 ? 1 : li == 1 ? expDelta : expDelta2;
                double base = powerFactor[i] * power(delta, d[i]) * damping;
                double u = d[i] - li * deltaL;
                a += base;
                sumD += base * u;
                sumDD += base * (u * (u - 1) - li * li * deltaL);
                sumT += base * t[i];
                sumTT += base * t[i] * (t[i] - 1);
                sumDT += base * u * t[i];
            }
            for (int j = 0; j < gn.length; j++) {
                double factor = gaussFactor[j];
                if (factor == 0) {
                    continue;
                }
                double dd = delta - eps[j];
                double base = factor * power(delta, gd[j]) * Math.exp(-eta[j] * dd * dd);
                double u = gd[j] - 2 * eta[j] * delta * dd;
                a += base;
                sumD += base * u;
                sumDD += base * (u * u - gd[j] - 2 * eta[j] * delta2);
                sumT += base * gaussW[j];
                sumTT += base * gaussZ[j];
                sumDT += base * u * gaussW[j];
            }
            return new Derivatives(a, sumD, sumDD, sumT, sumTT, sumDT);
        }

        /** Evaluates only what a density solver needs at {@code delta}: {@link #dA()} and {@link #ddA()}. */
        void moveTo(double delta) {
            double expDelta = Math.exp(-delta);
            double delta2 = delta * delta;
            double expDelta2 = Math.exp(-delta2);
            double sumD = 0;
            double sumDD = 0;
            for (int i = 0; i < n.length; i++) {
                int li = l[i];
                double deltaL = li == 0 ? 0 : li == 1 ? delta : delta2;
                double damping = li == 0 ? 1 : li == 1 ? expDelta : expDelta2;
                double base = powerFactor[i] * power(delta, d[i]) * damping;
                double u = d[i] - li * deltaL;
                sumD += base * u;
                sumDD += base * (u * (u - 1) - li * li * deltaL);
            }
            for (int j = 0; j < gn.length; j++) {
                double factor = gaussFactor[j];
                if (factor == 0) {
                    continue;
                }
                double dd = delta - eps[j];
                double base = factor * power(delta, gd[j]) * Math.exp(-eta[j] * dd * dd);
                double u = gd[j] - 2 * eta[j] * delta * dd;
                sumD += base * u;
                sumDD += base * (u * u - gd[j] - 2 * eta[j] * delta2);
            }
            dA = sumD;
            ddA = sumDD;
        }

        /** {@code delta * d(alpha_r)/d(delta)} at the last {@link #moveTo}. */
        double dA() {
            return dA;
        }

        /** {@code delta^2 * d2(alpha_r)/d(delta)2} at the last {@link #moveTo}. */
        double ddA() {
            return ddA;
        }
    }

    private static double power(double x, int exponent) {
        return switch (exponent) {
            case 0 -> 1;
            case 1 -> x;
            case 2 -> x * x;
            case 3 -> x * x * x;
            case 4 -> (x * x) * (x * x);
            default -> Math.pow(x, exponent);
        };
    }
}
