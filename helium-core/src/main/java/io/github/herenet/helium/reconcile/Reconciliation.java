package io.github.herenet.helium.reconcile;

import java.util.Map;

/**
 * The result of reconciling a {@link BalanceModel}: the weighted least-squares estimates
 * x = m - V A^T (A V A^T)^-1 A m of the measured variables (A the balances once the unmeasured
 * variables are projected out, V the measurements' variances), the unmeasured variables the balances
 * determine, standard deviations of all of them, the global test and the measurement and balance
 * tests.
 *
 * <p>Unobservable variables get no estimate: {@link #value} throws for them and {@link #values()} holds
 * NaN, because any value would be invented. Non-redundant measurements keep their measured value and
 * cannot be tested ({@link #measurementTest} is NaN).
 *
 * <p>The tests need selected entries of (A V A^T)^-1; they are computed once, on first use, from the
 * sparse factor (Takahashi recurrence), never as a dense inverse. Thread-safe.
 */
public final class Reconciliation {

    private final BalanceModel model;
    private final LdlFactor factor;
    private final double[] residuals;
    private final double[] lambda;
    private final double[] estimates;
    private final GlobalTest global;
    private SelectedInverse inverse;

    Reconciliation(BalanceModel model) {
        this.model = model;
        NormalSystem system = model.system;
        factor = system.factor(model.variances());
        double[] m = model.values();
        int n = model.variableCount();
        double[] measuredValues = new double[n];
        for (int v = 0; v < n; v++) {
            measuredValues[v] = model.measuredAt(v) ? m[v] : 0;
        }
        residuals = system.residuals(measuredValues);
        lambda = factor.solved(residuals);
        estimates = measuredValues;
        double[] variances = model.variances();
        for (int v = 0; v < n; v++) {
            if (model.measuredAt(v)) {
                estimates[v] = m[v] - variances[v] * system.columnDot(v, lambda);
            }
        }
        model.projection.substitute(estimates);
        double statistic = 0;
        for (int k = 0; k < residuals.length; k++) {
            statistic += residuals[k] * lambda[k];
        }
        global = GlobalTest.of(statistic, factor.rank());
    }

    /** The model reconciled. */
    public BalanceModel model() {
        return model;
    }

    /**
     * The estimate of a variable.
     *
     * @throws IllegalArgumentException for an unknown index
     * @throws IllegalStateException    for an unobservable variable, naming it
     */
    public double value(int variable) {
        model.checkVariable(variable);
        double value = estimates[variable];
        if (Double.isNaN(value)) {
            throw new IllegalStateException("'" + model.name(variable) + "' is not observable: the balances do not "
                    + "determine it (it could take any value, with other unmeasured variables changing to match); "
                    + "measure it or one of the unmeasured variables it is tied to");
        }
        return value;
    }

    /** All estimates by variable index; NaN for unobservable variables. A copy. */
    public double[] values() {
        return estimates.clone();
    }

    /**
     * The reconciled minus the measured value of a measurement.
     *
     * @throws IllegalArgumentException for an unknown or unmeasured variable
     */
    public double adjustment(int variable) {
        model.checkMeasured(variable);
        return estimates[variable] - model.values()[variable];
    }

    /**
     * The standard deviation of an estimate: sqrt(sigma^2 - W_ii) for a measurement, with the adjustment
     * covariance W = V A^T (A V A^T)^-1 A V (sigma itself when non-redundant); for an observable
     * unmeasured variable u = c . x, sqrt(c^T (V - W) c).
     *
     * @throws IllegalArgumentException for an unknown index
     * @throws IllegalStateException    for an unobservable variable
     */
    public double standardDeviation(int variable) {
        value(variable);
        double[] variances = model.variances();
        if (model.measuredAt(variable)) {
            double w = variances[variable] * variances[variable] * columnQuadraticForm(variable);
            return Math.sqrt(Math.max(0, variances[variable] - w));
        }
        Map<Integer, Double> c = model.projection.sensitivity(variable);
        double[] vc = new double[variances.length];
        double direct = 0;
        for (Map.Entry<Integer, Double> e : c.entrySet()) {
            vc[e.getKey()] = e.getValue() * variances[e.getKey()];
            direct += e.getValue() * vc[e.getKey()];
        }
        double[] spread = model.system.residuals(vc); // A V c
        double[] solved = factor.solved(spread);
        double explained = 0;
        for (int k = 0; k < spread.length; k++) {
            explained += spread[k] * solved[k];
        }
        return Math.sqrt(Math.max(0, direct - explained));
    }

    /** The global chi-square test. */
    public GlobalTest globalTest() {
        return global;
    }

    /**
     * The measurement test of a measurement: z = (m - x) / sd(m - x), standard normal without a gross
     * error; positive when the reading is above its reconciled value. This is also the generalised
     * likelihood ratio statistic for a bias in it (Mah and Tamhane 1982). Compare |z| with
     * {@link #criticalZ(double)}.
     *
     * @return z, or NaN for a non-redundant measurement (it cannot be tested)
     * @throws IllegalArgumentException for an unknown or unmeasured variable
     */
    public double measurementTest(int variable) {
        model.checkMeasured(variable);
        return measurementZ(variable);
    }

    private double measurementZ(int variable) {
        if (!model.system.inReducedBalance(variable)) {
            return Double.NaN;
        }
        double d = columnQuadraticForm(variable);
        return d > 0 ? model.system.columnDot(variable, lambda) / Math.sqrt(d) : Double.NaN;
    }

    /**
     * The measurement tests of all variables at once, by index: NaN for unmeasured and non-redundant
     * ones.
     */
    public double[] measurementTests() {
        double[] z = new double[model.variableCount()];
        for (int v = 0; v < z.length; v++) {
            z[v] = model.measuredAt(v) ? measurementZ(v) : Double.NaN;
        }
        return z;
    }

    /**
     * The balance test for a leak at a balance: the generalised likelihood ratio statistic for an
     * unknown outflow there, z = s^T H^-1 r / sqrt(s^T H^-1 s) with s the leak's signature in the reduced
     * balances, r their residuals and H = A V A^T (the maximum-power nodal test; for a balance without
     * unmeasured variables, s is its own row). Positive when more comes in than goes out.
     *
     * @return z, or NaN when a leak there cannot be detected (an unmeasured variable in the balance
     *         absorbs it)
     * @throws IllegalArgumentException for an unknown balance index
     */
    public double balanceTest(int balance) {
        model.checkBalance(balance);
        SparseRow s = model.leakSignature(balance);
        if (s.size() == 0) {
            return Double.NaN;
        }
        double d = inverse().quadraticForm(s.indices(), s.values(), 0, s.size());
        double t = 0;
        for (int a = 0; a < s.size(); a++) {
            t += s.values()[a] * lambda[s.indices()[a]];
        }
        return d > 0 ? t / Math.sqrt(d) : Double.NaN;
    }

    /**
     * The critical |z| of the measurement test at family significance {@code alpha}, corrected (Sidak)
     * for the number of redundant measurements tested: in a system of thousands of measurements the
     * uncorrected 1.96 would flag dozens of sound ones.
     *
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1
     */
    public double criticalZ(double alpha) {
        int tested = 0;
        for (int v = 0; v < model.variableCount(); v++) {
            tested += model.measuredAt(v) && model.system.inReducedBalance(v) ? 1 : 0;
        }
        return Distributions.sidakCriticalZ(alpha, tested);
    }

    /** Whether a variable has an estimate (measured, or observable). */
    public boolean isObservable(int variable) {
        model.checkVariable(variable);
        return !Double.isNaN(estimates[variable]);
    }

    /** The variable's classification (the same as the model's). */
    public Classification classification(int variable) {
        return model.classification(variable);
    }

    // ------------------------------------------------------------------ for the gross-error search

    LdlFactor factor() {
        return factor;
    }

    double[] residuals() {
        return residuals;
    }

    double[] lambda() {
        return lambda;
    }

    synchronized SelectedInverse inverse() {
        if (inverse == null) {
            inverse = new SelectedInverse(factor);
        }
        return inverse;
    }

    private double columnQuadraticForm(int variable) {
        NormalSystem system = model.system;
        return inverse().quadraticForm(system.columnRows, system.columnValues, system.columnPointers[variable],
                system.columnPointers[variable + 1]);
    }
}
