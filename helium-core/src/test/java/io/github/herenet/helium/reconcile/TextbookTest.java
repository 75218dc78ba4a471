package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Worked examples whose answers can be checked by hand.
 *
 * <p>The heat exchanger with bypass is the introductory flow process of Narasimhan and Jordache, "Data
 * Reconciliation and Gross Error Detection" (Gulf, 2000), ch. 1 and 3: six flows, four nodes
 * (splitter F1 = F2 + F3, exchanger F2 = F4, valve F3 = F5, mixer F4 + F5 = F6), true flows 100, 64,
 * 36, 64, 36, 100, measured 101.91, 64.45, 34.65, 64.20, 36.44, 98.88 with unit variances. The book was
 * not at hand here, so the expected values are derived below in closed form (and agree with the values
 * 100.22, 64.50, 35.72 usually quoted from it, to their two decimals); the test also compares with the
 * dense computation.
 */
class TextbookTest {

    private static final double[] MEASURED = {101.91, 64.45, 34.65, 64.20, 36.44, 98.88};

    /**
     * By symmetry F2 = F4 = a, F3 = F5 = b, F1 = F6 = a + b; minimising the squared adjustments gives
     * 4a + 2b = (F1 + F6) + (F2 + F4) = 329.44 and 2a + 4b = (F1 + F6) + (F3 + F5) = 271.88, so a = 387/6
     * = 64.50 and b = 214.32/6 = 35.72. Every estimate has variance 1/3 (each is the mean of three
     * equally precise pieces of information), and the global statistic is the sum of squared
     * adjustments, 6.4075 with 4 degrees of freedom (p = e^-x/2 (1 + x/2) = 0.171).
     */
    @Test
    void heatExchangerWithBypass() {
        BalanceModel model = heatExchanger(new boolean[]{true, true, true, true, true, true});
        Reconciliation r = model.reconcile();

        double[] expected = {100.22, 64.50, 35.72, 64.50, 35.72, 100.22};
        for (int v = 0; v < 6; v++) {
            assertThat(r.value(v)).as("F%d", v + 1).isCloseTo(expected[v], within(1e-9));
            assertThat(r.standardDeviation(v)).isCloseTo(Math.sqrt(1.0 / 3), within(1e-12));
            assertThat(model.classification(v)).isEqualTo(Classification.REDUNDANT);
        }
        assertThat(r.adjustment(0)).isCloseTo(100.22 - 101.91, within(1e-9));
        assertThat(r.globalTest().statistic()).isCloseTo(6.4075, within(1e-9));
        assertThat(r.globalTest().degreesOfFreedom()).isEqualTo(4);
        assertThat(r.globalTest().pValue()).isCloseTo(Math.exp(-6.4075 / 2) * (1 + 6.4075 / 2), within(1e-12));
        assertThat(r.globalTest().rejects(0.05)).isFalse();
        assertThat(r.globalTest().rejects(0.2)).isTrue();
        DenseAgreementTest.assertAgrees(model);
    }

    /**
     * F2 and F5 unmeasured: they drop out as F2 = F4 and F5 = F3, leaving F1 = F3 + F4 = F6. With
     * c = F3 + F4 the normal equations give F3 - 34.65 = F4 - 64.20 = (F1 + F6) - 2c, so 5c = 98.85 +
     * 2 * 200.79 and c = 100.086, F3 = 35.268, F4 = 64.818; the unmeasured follow as F2 = 64.818 and
     * F5 = 35.268. The global statistic, the sum of squared adjustments, is 5.54526 with 2 degrees of
     * freedom.
     */
    @Test
    void heatExchangerWithTwoFlowsUnmeasured() {
        BalanceModel model = heatExchanger(new boolean[]{true, false, true, true, false, true});
        Reconciliation r = model.reconcile();

        assertThat(r.value(0)).isCloseTo(100.086, within(1e-9));
        assertThat(r.value(2)).isCloseTo(35.268, within(1e-9));
        assertThat(r.value(3)).isCloseTo(64.818, within(1e-9));
        assertThat(r.value(5)).isCloseTo(100.086, within(1e-9));
        assertThat(r.value(1)).isCloseTo(64.818, within(1e-9));
        assertThat(r.value(4)).isCloseTo(35.268, within(1e-9));
        assertThat(model.classification(1)).isEqualTo(Classification.OBSERVABLE);
        assertThat(model.classification(4)).isEqualTo(Classification.OBSERVABLE);
        assertThat(r.globalTest().degreesOfFreedom()).isEqualTo(2);
        assertThat(r.globalTest().statistic()).isCloseTo(5.54526, within(1e-9));
        assertThat(r.globalTest().pValue()).isCloseTo(Math.exp(-5.54526 / 2), within(1e-12)); // chi-square, 2 dof
        assertThat(model.reducedBalanceCount()).isEqualTo(2);
        DenseAgreementTest.assertAgrees(model);
    }

    /**
     * One node, two meters on the same flow: 10 (sigma 1) and 12 (sigma 2). The residual -2 has variance
     * 1 + 4 = 5; both estimates are 10 + 1/5 * 2 = 10.4 with variance 1 - 1/5 = 4 - 16/5 = 0.8; the
     * global statistic is 4/5 and each measurement test is (m - x)/sd(m - x) = -/+ 0.4/sqrt(0.2).
     */
    @Test
    void twoMetersOnOneFlow() {
        BalanceModel.Builder b = BalanceModel.builder();
        int first = b.measured("M1", 10, 1);
        int second = b.measured("M2", 12, 2);
        b.balance("pipe", new int[]{first, second}, new double[]{1, -1});
        Reconciliation r = b.build().reconcile();

        assertThat(r.value(first)).isCloseTo(10.4, within(1e-12));
        assertThat(r.value(second)).isCloseTo(10.4, within(1e-12));
        assertThat(r.standardDeviation(first)).isCloseTo(Math.sqrt(0.8), within(1e-12));
        assertThat(r.standardDeviation(second)).isCloseTo(Math.sqrt(0.8), within(1e-12));
        assertThat(r.globalTest().statistic()).isCloseTo(0.8, within(1e-12));
        assertThat(r.measurementTest(first)).isCloseTo(-0.4 / Math.sqrt(0.2), within(1e-12));
        assertThat(r.measurementTest(second)).isCloseTo(0.4 / Math.sqrt(0.2), within(1e-12));
        assertThat(r.balanceTest(0)).isCloseTo(-2 / Math.sqrt(5), within(1e-12));
    }

    /** The heat exchanger with the given flows measured (unit variances). */
    static BalanceModel heatExchanger(boolean[] measured) {
        BalanceModel.Builder b = BalanceModel.builder();
        int[] f = new int[6];
        for (int i = 0; i < 6; i++) {
            f[i] = measured[i] ? b.measured("F" + (i + 1), MEASURED[i], 1) : b.unmeasured("F" + (i + 1));
        }
        b.balance("splitter", new int[]{f[0], f[1], f[2]}, new double[]{1, -1, -1});
        b.balance("exchanger", new int[]{f[1], f[3]}, new double[]{1, -1});
        b.balance("valve", new int[]{f[2], f[4]}, new double[]{1, -1});
        b.balance("mixer", new int[]{f[3], f[4], f[5]}, new double[]{1, 1, -1});
        return b.build();
    }
}
