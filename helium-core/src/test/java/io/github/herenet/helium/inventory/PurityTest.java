package io.github.herenet.helium.inventory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The helium mole fraction: 0 < x <= 1, from percent, ordered by fraction. */
class PurityTest {

    @Test
    void ofPercent() {
        // 4.6 grade, 99.996 % (DOMAIN.md 2.4) and the Koike purifier's 99.995 % (DOMAIN.md 2.5); 1e-15 rounding
        assertThat(Purity.ofPercent(99.996).heliumMoleFraction()).isCloseTo(0.99996, within(1e-15));
        assertThat(Purity.ofPercent(99.995).heliumMoleFraction()).isCloseTo(0.99995, within(1e-15));
        assertThat(Purity.ofPercent(80).heliumMoleFraction()).isCloseTo(0.8, within(1e-15));
        assertThat(Purity.ofPercent(100)).isEqualTo(Purity.PURE);
        assertThat(new Purity(0.95).percent()).isCloseTo(95, within(1e-12));
        assertThat(Purity.ofPercent(90).percent()).isCloseTo(90, within(1e-12));
    }

    @Test
    void oneIsAcceptedAndIsPure() {
        assertThat(new Purity(1).heliumMoleFraction()).isEqualTo(1.0);
        assertThat(Purity.PURE.heliumMoleFraction()).isEqualTo(1.0);
        assertThat(new Purity(1)).isEqualTo(Purity.PURE);
        // a tiny but positive fraction is allowed
        assertThat(new Purity(Double.MIN_VALUE).heliumMoleFraction()).isPositive();
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, -0.1, 1.0001, 1.0000001, 2, Double.NaN,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void outOfRangeIsRejected(double x) {
        assertThatIllegalArgumentException().isThrownBy(() -> new Purity(x))
                .withMessageContaining("mole fraction")
                .withMessageContaining(String.valueOf(x));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 100.01, -5, Double.NaN})
    void outOfRangePercentIsRejected(double percent) {
        assertThatIllegalArgumentException().isThrownBy(() -> Purity.ofPercent(percent))
                .withMessageContaining("mole fraction");
    }

    @Test
    void ordering() {
        Purity air = new Purity(0.8);
        Purity leaky = new Purity(0.9);
        Purity clean = Purity.ofPercent(99.995);
        List<Purity> list = new ArrayList<>(List.of(Purity.PURE, air, clean, leaky));
        Collections.sort(list);
        assertThat(list).containsExactly(air, leaky, clean, Purity.PURE);
        assertThat(air.compareTo(leaky)).isNegative();
        assertThat(Purity.PURE.compareTo(clean)).isPositive();
        assertThat(new Purity(0.9).compareTo(leaky)).isZero();
        assertThat(new Purity(0.9)).isEqualTo(leaky).hasSameHashCodeAs(leaky);
    }

    @Test
    void toStringIsInPercent() {
        assertThat(new Purity(0.95).toString()).contains("95").contains("%");
    }
}
