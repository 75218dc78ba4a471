package io.github.herenet.helium.reconcile;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sparse path (projection by elimination, minimum-degree ordering, LDL^T, selected inverse) agrees
 * with the dense textbook computation ({@link DenseReference}) to 1e-9 on generated networks: as
 * generated (one unmeasured liquefier loss a month), and with a random fifth of the measurements made
 * unmeasured, which leaves some unobservable and some measurements non-redundant.
 */
class DenseAgreementTest {

    private static final double TOLERANCE = 1e-9;

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void generatedNetworkAgrees(long seed) {
        BalanceModel model = SyntheticNetwork.generate(3, 4, seed, 1, 1).model();
        assertAgrees(model);
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14, 15, 16})
    void networkWithManyUnmeasuredAgrees(long seed) {
        BalanceModel generated = SyntheticNetwork.generate(2, 3, seed, 0, 1).model();
        BalanceModel model = withUnmeasured(generated, 0.2, seed);
        assertAgrees(model);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22})
    void networkWithDependentBalancesAgrees(long seed) {
        BalanceModel generated = SyntheticNetwork.generate(2, 3, seed, 0, 0).model();
        BalanceModel model = withSumOfBalances(generated);
        Reconciliation with = model.reconcile();
        Reconciliation without = generated.reconcile();
        assertThat(with.globalTest().degreesOfFreedom()).isEqualTo(without.globalTest().degreesOfFreedom());
        assertClose(with.globalTest().statistic(), without.globalTest().statistic(), "global statistic");
        // A leak at one balance cannot be represented once another implies it: the balance the factorisation finds
        // dependent is set aside (its test is NaN) and the others are tested without it.
        int setAside = 0;
        for (int b = 0; b < model.balanceCount(); b++) {
            setAside += Double.isNaN(with.balanceTest(b)) ? 1 : 0;
        }
        assertThat(setAside).isEqualTo(1);
        assertAgrees(model, false);
    }

    static void assertAgrees(BalanceModel model) {
        assertAgrees(model, true);
    }

    static void assertAgrees(BalanceModel model, boolean balanceTests) {
        Reconciliation r = model.reconcile();
        DenseReference dense = new DenseReference(model);
        assertThat(r.globalTest().degreesOfFreedom()).isEqualTo(dense.degreesOfFreedom);
        assertClose(r.globalTest().statistic(), dense.statistic, "global statistic");
        double[] z = r.measurementTests();
        for (int v = 0; v < model.variableCount(); v++) {
            String name = model.name(v);
            assertThat(r.isObservable(v)).as("observable %s", name).isEqualTo(dense.observable[v]);
            if (!dense.observable[v]) {
                assertThat(model.classification(v)).isEqualTo(Classification.UNOBSERVABLE);
                continue;
            }
            assertClose(r.value(v), dense.values[v], "value of " + name);
            assertClose(r.standardDeviation(v), dense.standardDeviations[v], "sd of " + name);
            if (Double.isNaN(dense.z[v])) {
                assertThat(z[v]).as("z of %s", name).isNaN();
            } else {
                assertClose(z[v], dense.z[v], "z of " + name);
                assertClose(r.measurementTest(v), dense.z[v], "z of " + name);
            }
        }
        for (int b = 0; balanceTests && b < model.balanceCount(); b++) {
            double expected = dense.balanceZ(b);
            double actual = r.balanceTest(b);
            if (Double.isNaN(expected)) {
                assertThat(actual).as("balance z of %s", model.balanceName(b)).isNaN();
            } else {
                assertClose(actual, expected, "balance z of " + model.balanceName(b));
            }
        }
    }

    private static void assertClose(double actual, double expected, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs dense %s", what, actual, expected)
                .isLessThanOrEqualTo(TOLERANCE * Math.max(1, Math.abs(expected)));
    }

    /** The same model with a share of the measurements unmeasured. */
    static BalanceModel withUnmeasured(BalanceModel model, double share, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return Models.copy(model, (b, m, v) -> {
            if (m.isMeasured(v) && random.nextDouble() >= share) {
                b.measured(m.name(v), m.measuredValue(v), m.sigma(v));
            } else {
                b.unmeasured(m.name(v));
            }
        }).build();
    }

    /** The same model plus the sum of all its balances: a balance that depends on the others. */
    static BalanceModel withSumOfBalances(BalanceModel model) {
        BalanceModel.Builder b = Models.copy(model, Models.SAME);
        double[] sum = new double[model.variableCount()];
        for (int k = 0; k < model.balanceCount(); k++) {
            int[] vars = model.balanceVariables(k);
            double[] coefs = model.balanceCoefficients(k);
            for (int a = 0; a < vars.length; a++) {
                sum[vars[a]] += coefs[a];
            }
        }
        int[] vars = IntStream.range(0, sum.length).filter(v -> sum[v] != 0).toArray();
        double[] coefs = Arrays.stream(vars).mapToDouble(v -> sum[v]).toArray();
        b.balance("everything", vars, coefs);
        return b.build();
    }
}
