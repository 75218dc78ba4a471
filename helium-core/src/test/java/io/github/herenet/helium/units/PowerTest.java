package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PowerTest {

    @Test
    void milliwattsAndKilowattsConvertToWatts() {
        assertThat(Power.ofMilliwatts(50.0).watts()).isCloseTo(0.05, within(1e-15));
        assertThat(Power.ofKilowatts(7.5).watts()).isEqualTo(7500.0);
        assertThat(Power.ofWatts(1.2).watts()).isEqualTo(1.2);
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> Power.ofWatts(-0.5))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("power must be >= 0 W, got -0.5 W");
        assertThatThrownBy(() -> Power.ofMilliwatts(-10.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -10.0 mW");
        assertThatThrownBy(() -> Power.ofKilowatts(-1.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -1.0 kW");
        assertThatThrownBy(() -> Power.ofWatts(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("power must be finite and >= 0 W, got NaN");
        assertThatThrownBy(() -> new Power(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> Power.ofKilowatts(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
    }

    @Test
    void toStringShowsWatts() {
        assertThat(Power.ofWatts(1.5)).hasToString("1.5 W");
    }

    @Test
    void ordersFromLowToHigh() {
        List<Power> list = new ArrayList<>(List.of(Power.ofKilowatts(1.0), Power.ofMilliwatts(50.0),
                Power.ofWatts(2.0)));
        Collections.sort(list);
        assertThat(list).containsExactly(Power.ofMilliwatts(50.0), Power.ofWatts(2.0), Power.ofKilowatts(1.0));
    }
}
