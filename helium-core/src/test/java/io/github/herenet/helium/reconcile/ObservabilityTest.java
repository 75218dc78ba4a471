package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Unobservable quantities are reported as such, never given an invented value. */
class ObservabilityTest {

    /**
     * The heat exchanger's bypass split into two unmeasured parallel lines A and B: their sum is known
     * (it is F5), each alone is not.
     */
    private static BalanceModel parallelBypass() {
        BalanceModel.Builder b = BalanceModel.builder();
        int f1 = b.measured("F1", 101.91, 1);
        int f2 = b.measured("F2", 64.45, 1);
        int a = b.unmeasured("bypass A");
        int bb = b.unmeasured("bypass B");
        int f4 = b.measured("F4", 64.20, 1);
        int f5 = b.measured("F5", 36.44, 1);
        int f6 = b.measured("F6", 98.88, 1);
        b.balance("splitter", new int[]{f1, f2, a, bb}, new double[]{1, -1, -1, -1});
        b.balance("exchanger", new int[]{f2, f4}, new double[]{1, -1});
        b.balance("junction", new int[]{a, bb, f5}, new double[]{1, 1, -1});
        b.balance("mixer", new int[]{f4, f5, f6}, new double[]{1, 1, -1});
        return b.build();
    }

    @Test
    void parallelUnmeasuredLinesAreUnobservable() {
        BalanceModel model = parallelBypass();
        Reconciliation r = model.reconcile();
        int a = model.variable("bypass A");

        assertThat(model.unobservable()).containsExactly("bypass A", "bypass B");
        assertThat(model.classification(a)).isEqualTo(Classification.UNOBSERVABLE);
        assertThat(r.isObservable(a)).isFalse();
        assertThat(r.values()[a]).isNaN();
        assertThatThrownBy(() -> r.value(a)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'bypass A' is not observable");
        assertThatThrownBy(() -> r.standardDeviation(a)).isInstanceOf(IllegalStateException.class);
        // The measured flows are reconciled as if the two lines were one unmeasured F3.
        Reconciliation single = TextbookTest.heatExchanger(new boolean[]{true, true, false, true, true, true}).reconcile();
        for (String name : List.of("F1", "F2", "F4", "F5", "F6")) {
            assertThat(r.value(model.variable(name))).isCloseTo(single.value(single.model().variable(name)), within(1e-12));
        }
        DenseAgreementTest.assertAgrees(model);
    }

    @Test
    void aMeasurementOnlyAnUnmeasuredFlowMeetsIsNonRedundant() {
        BalanceModel.Builder b = BalanceModel.builder();
        int in = b.measured("in", 10, 0.1);
        int out = b.measured("out", 9.5, 0.1);
        int vent = b.unmeasured("vent");
        int tap = b.measured("tap", 3, 0.2);
        int drain = b.unmeasured("drain");
        int alone = b.measured("alone", 7, 1);
        b.balance("node", new int[]{in, out, vent}, new double[]{1, -1, -1});
        b.balance("tap line", new int[]{tap, drain}, new double[]{1, -1});
        BalanceModel model = b.build();
        Reconciliation r = model.reconcile();

        for (int v : new int[]{in, out, tap, alone}) {
            assertThat(model.classification(v)).isEqualTo(Classification.NON_REDUNDANT);
            assertThat(r.adjustment(v)).isZero();
            assertThat(r.standardDeviation(v)).isCloseTo(model.sigma(v), within(1e-15));
            assertThat(r.measurementTest(v)).isNaN();
        }
        assertThat(r.value(vent)).isCloseTo(0.5, within(1e-12));
        assertThat(r.standardDeviation(vent)).isCloseTo(Math.sqrt(0.02), within(1e-12));
        assertThat(r.value(drain)).isCloseTo(3, within(1e-12));
        assertThat(model.classification(drain)).isEqualTo(Classification.OBSERVABLE);
        assertThat(r.globalTest().degreesOfFreedom()).isZero();
        assertThat(r.globalTest().pValue()).isEqualTo(1);
        assertThat(r.balanceTest(0)).isNaN();
        assertThat(model.detectGrossErrors(0.05).suspects()).isEmpty();
        assertThat(model.unobservable()).isEmpty();
    }

    @Test
    void anUnmeasuredVariableInNoBalanceIsUnobservable() {
        BalanceModel.Builder b = BalanceModel.builder();
        int x = b.measured("x", 1, 0.1);
        int y = b.measured("y", 1.2, 0.1);
        int nowhere = b.unmeasured("nowhere");
        b.balance("pipe", new int[]{x, y}, new double[]{1, -1});
        BalanceModel model = b.build();
        assertThat(model.classification(nowhere)).isEqualTo(Classification.UNOBSERVABLE);
        assertThat(model.reconcile().isObservable(nowhere)).isFalse();
    }

    @Test
    void observableThroughAChainOfUnmeasuredFlows() {
        // in -> u1 -> u2 -> u3 -> out, only the ends measured: every u equals the reconciled flow.
        BalanceModel.Builder b = BalanceModel.builder();
        int in = b.measured("in", 10, 1);
        int u1 = b.unmeasured("u1");
        int u2 = b.unmeasured("u2");
        int u3 = b.unmeasured("u3");
        int out = b.measured("out", 12, 1);
        b.balance("n1", new int[]{in, u1}, new double[]{1, -1});
        b.balance("n2", new int[]{u1, u2}, new double[]{1, -1});
        b.balance("n3", new int[]{u2, u3}, new double[]{1, -1});
        b.balance("n4", new int[]{u3, out}, new double[]{1, -1});
        Reconciliation r = b.build().reconcile();
        for (int u : new int[]{u1, u2, u3}) {
            assertThat(r.value(u)).isCloseTo(11, within(1e-12));
            assertThat(r.standardDeviation(u)).isCloseTo(Math.sqrt(0.5), within(1e-12));
        }
        assertThat(r.globalTest().degreesOfFreedom()).isEqualTo(1);
    }
}
