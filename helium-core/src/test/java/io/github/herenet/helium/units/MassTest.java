package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MassTest {

    @Test
    void gramsConvertToKilograms() {
        assertThat(Mass.ofGrams(1500.0).kilograms()).isEqualTo(1.5);
        assertThat(Mass.ofGrams(0.125).kilograms()).isCloseTo(1.25e-4, within(1e-18));
        assertThat(Mass.ofKilograms(1.5).grams()).isEqualTo(1500.0);
    }

    @Test
    void roundTrips() {
        for (double g : new double[] {0.0, 0.1, 4.002602, 125.0, 1.0e6}) {
            assertThat(Mass.ofGrams(g).grams()).isCloseTo(g, within(1e-12 * Math.max(1.0, g)));
        }
    }

    @Test
    void plusAndMinus() {
        Mass a = Mass.ofKilograms(1.5);
        Mass b = Mass.ofGrams(250.0);
        assertThat(a.plus(b).kilograms()).isCloseTo(1.75, within(1e-15));
        assertThat(a.minus(b).kilograms()).isCloseTo(1.25, within(1e-15));
        assertThat(a.minus(a)).isEqualTo(Mass.ZERO);
        assertThat(Mass.ZERO.plus(b)).isEqualTo(b);
    }

    @Test
    void minusRejectsNegativeResult() {
        assertThatThrownBy(() -> Mass.ofKilograms(1.0).minus(Mass.ofKilograms(1.5)))
                .isInstanceOfSatisfying(InvalidQuantityException.class, e -> {
                    assertThat(e.quantity()).isEqualTo("mass");
                    assertThat(e.value()).isEqualTo(-0.5);
                })
                .hasMessageContaining("mass 1.0 kg minus 1.5 kg gives a negative mass");
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> Mass.ofKilograms(-1.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("mass must be >= 0 kg, got -1.0 kg");
        assertThatThrownBy(() -> Mass.ofGrams(-3.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -3.0 g");
        assertThatThrownBy(() -> Mass.ofKilograms(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("mass must be finite and >= 0 kg, got NaN");
        assertThatThrownBy(() -> new Mass(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> Mass.ofGrams(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
    }

    @Test
    void toStringShowsKilograms() {
        assertThat(Mass.ofKilograms(1.5)).hasToString("1.5 kg");
    }

    @Test
    void ordersFromLightToHeavy() {
        List<Mass> list = new ArrayList<>(List.of(Mass.ofKilograms(2.0), Mass.ZERO, Mass.ofGrams(500.0)));
        Collections.sort(list);
        assertThat(list).containsExactly(Mass.ZERO, Mass.ofGrams(500.0), Mass.ofKilograms(2.0));
    }
}
