package io.github.herenet.helium.reconcile;

/**
 * The global (chi-square) test of a reconciliation: the weighted sum of squared adjustments
 * r^T (A V A^T)^-1 r of the balance residuals r = A m, which is chi-square distributed with as many
 * degrees of freedom as there are independent reduced balances when the measurements carry only their
 * stated random errors. It tells that something is wrong, not what: in a large system one gross error
 * is diluted among many degrees of freedom, so use the {@link Reconciliation#measurementTest measurement
 * test} or {@link BalanceModel#detectGrossErrors} to find it.
 *
 * @param statistic        the test statistic, >= 0
 * @param degreesOfFreedom the number of independent balances left once unmeasured variables are
 *                         eliminated (the redundancy of the system)
 * @param pValue           the probability of a statistic at least this large without gross errors
 */
public record GlobalTest(double statistic, int degreesOfFreedom, double pValue) {

    /** The test of a statistic with its degrees of freedom. */
    static GlobalTest of(double statistic, int degreesOfFreedom) {
        double s = Math.max(0, statistic);
        return new GlobalTest(s, degreesOfFreedom, Distributions.chiSquareUpperTail(s, degreesOfFreedom));
    }

    /**
     * Whether the test rejects "no gross error" at significance {@code alpha}.
     *
     * @throws IllegalArgumentException unless 0 &lt; alpha &lt; 1
     */
    public boolean rejects(double alpha) {
        return pValue < Distributions.checkSignificance(alpha);
    }
}
