package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input is refused with a message that names the culprit. */
class ValidationTest {

    @Test
    void rejectsBadMeasurements() {
        BalanceModel.Builder b = BalanceModel.builder();
        assertThatThrownBy(() -> b.measured("m", 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'m' has standard deviation 0.0").hasMessageContaining("> 0");
        assertThatThrownBy(() -> b.measured("m", 1, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standard deviation -1.0");
        assertThatThrownBy(() -> b.measured("m", 1, Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("standard deviation NaN");
        assertThatThrownBy(() -> b.measured("m", 1, Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> b.measured("m", Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'m' has value NaN; it must be finite");
        assertThatThrownBy(() -> b.measured("m", Double.NEGATIVE_INFINITY, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("value -Infinity");
        assertThatThrownBy(() -> b.measured(" ", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank name");
        assertThatThrownBy(() -> b.unmeasured(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-blank name, got null");
    }

    @Test
    void rejectsDuplicateNames() {
        BalanceModel.Builder b = BalanceModel.builder();
        int x = b.measured("x", 1, 1);
        int y = b.unmeasured("y");
        b.balance("node", new int[]{x, y}, new double[]{1, -1});
        assertThatThrownBy(() -> b.measured("x", 2, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate name 'x': already a measurement");
        assertThatThrownBy(() -> b.unmeasured("y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate name 'y': already an unmeasured variable");
        assertThatThrownBy(() -> b.balance("x", new int[]{x}, new double[]{1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate name 'x'");
        assertThatThrownBy(() -> b.measured("node", 1, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duplicate name 'node': already a balance");
    }

    @Test
    void rejectsBadBalances() {
        BalanceModel.Builder b = BalanceModel.builder();
        int x = b.measured("x", 1, 1);
        int y = b.measured("y", 1, 1);
        assertThatThrownBy(() -> b.balance("empty", new int[0], new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("balance 'empty' is empty");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, 7}, new double[]{1, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("balance 'b' refers to unknown variable index 7; declared so far: 2 (0..1)");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, -1}, new double[]{1, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown variable index -1");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, y}, new double[]{1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has 2 variables but 1 coefficients");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, x}, new double[]{1, -1})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("lists variable 'x' twice");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, y}, new double[]{1, 0})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coefficient 0.0 for 'y'");
        assertThatThrownBy(() -> b.balance("b", new int[]{x, y}, new double[]{1, Double.NaN})).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("coefficient NaN for 'y'");
        assertThatThrownBy(() -> b.balance("b", null, new double[]{1})).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("variables of balance b");
    }

    @Test
    void rejectsUnknownIndicesAndNames() {
        BalanceModel.Builder b = BalanceModel.builder();
        int x = b.measured("x", 1, 1);
        int u = b.unmeasured("u");
        b.balance("node", new int[]{x, u}, new double[]{1, -1});
        BalanceModel model = b.build();
        Reconciliation r = model.reconcile();
        assertThatThrownBy(() -> r.value(2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variable with index 2; the model has 2 (0..1)");
        assertThatThrownBy(() -> r.value(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variable with index -1");
        assertThatThrownBy(() -> r.adjustment(u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("variable u is not measured");
        assertThatThrownBy(() -> r.measurementTest(u)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not measured");
        assertThatThrownBy(() -> model.sigma(u)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> r.balanceTest(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no balance with index 1; the model has 1 (0..0)");
        assertThatThrownBy(() -> model.variable("y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no variable named 'y'");
        assertThatThrownBy(() -> model.balance("y")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no balance named 'y'");
        assertThatThrownBy(() -> r.criticalZ(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> r.globalTest().rejects(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
