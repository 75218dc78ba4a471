package io.github.herenet.helium.reconcile;

/**
 * The few distribution functions the tests of reconciliation need, to double precision: the standard
 * normal's upper tail and quantile, and the chi-square upper tail, all from the regularised incomplete
 * gamma function (series below {@code a + 1}, Lentz's continued fraction above) and a Lanczos log-gamma.
 */
final class Distributions {

    private static final double EPS = 1e-16;
    private static final double TINY = 1e-300;
    private static final int MAX_ITERATIONS = 100_000;
    private static final double[] LANCZOS = {
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
        1.5056327351493116e-7};

    private Distributions() {
    }

    /** ln Gamma(x) for x > 0 (Lanczos, g = 7, about 1e-15 relative). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** The regularised upper incomplete gamma function Q(a, x) = Gamma(a, x) / Gamma(a), a > 0, x >= 0. */
    static double upperGamma(double a, double x) {
        if (x <= 0) {
            return 1;
        }
        if (x < a + 1) {
            return 1 - lowerSeries(a, x);
        }
        return upperContinuedFraction(a, x);
    }

    private static double lowerSeries(double a, double x) {
        double term = 1 / a;
        double sum = term;
        for (int n = 1; n < MAX_ITERATIONS; n++) {
            term *= x / (a + n);
            sum += term;
            if (Math.abs(term) < Math.abs(sum) * EPS) {
                break;
            }
        }
        return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
    }

    private static double upperContinuedFraction(double a, double x) {
        double b = x + 1 - a;
        double c = 1 / TINY;
        double d = 1 / b;
        double h = d;
        for (int i = 1; i < MAX_ITERATIONS; i++) {
            double an = -i * (i - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < TINY ? TINY : d;
            c = b + an / c;
            c = Math.abs(c) < TINY ? TINY : c;
            d = 1 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1) < EPS) {
                break;
            }
        }
        return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
    }

    /** P(chi-square with {@code dof} degrees of freedom > x); 1 for dof 0. */
    static double chiSquareUpperTail(double x, int dof) {
        return dof == 0 ? 1 : upperGamma(dof / 2.0, x / 2);
    }

    /** P(Z > z) for a standard normal Z. */
    static double normalUpperTail(double z) {
        if (z < 0) {
            return 1 - normalUpperTail(-z);
        }
        return 0.5 * upperGamma(0.5, z * z / 2);
    }

    /**
     * The z with P(Z > z) = {@code p} for a standard normal Z, 0 < p < 1: Abramowitz and Stegun 26.2.23
     * as a start, then Newton steps on the exact tail.
     */
    static double normalUpperQuantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("a tail probability is between 0 and 1 (exclusive), got " + p);
        }
        if (p > 0.5) {
            return -normalUpperQuantile(1 - p);
        }
        double t = Math.sqrt(-2 * Math.log(p));
        double z = t - (2.515517 + 0.802853 * t + 0.010328 * t * t)
                / (1 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t);
        for (int i = 0; i < 8; i++) {
            double density = Math.exp(-z * z / 2) / Math.sqrt(2 * Math.PI);
            double step = (normalUpperTail(z) - p) / density;
            z += step;
            if (Math.abs(step) < 1e-15 * Math.max(1, Math.abs(z))) {
                break;
            }
        }
        return z;
    }

    /**
     * Returns {@code alpha} if it is a significance level.
     *
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1
     */
    static double checkSignificance(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("the significance level is between 0 and 1 (exclusive), got " + alpha);
        }
        return alpha;
    }

    /**
     * The critical |z| of a two-sided test of each of {@code tests} statistics at family significance
     * {@code alpha}: Sidak's per-test level 1 - (1 - alpha)^(1/tests).
     */
    static double sidakCriticalZ(double alpha, int tests) {
        checkSignificance(alpha);
        double perTest = -Math.expm1(Math.log1p(-alpha) / Math.max(1, tests));
        return normalUpperQuantile(perTest / 2);
    }
}
