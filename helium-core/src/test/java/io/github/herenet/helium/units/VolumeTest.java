package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class VolumeTest {

    @Test
    void litresConvertToCubicMetres() {
        assertThat(Volume.ofLitres(47.0).cubicMetres()).isCloseTo(0.047, within(1e-15));
        assertThat(Volume.ofLitres(47.0)).isEqualTo(Volume.ofCubicMetres(0.047));
        assertThat(Volume.ofCubicMetres(0.05).litres()).isCloseTo(50.0, within(1e-12));
        assertThat(Volume.ofLitres(1000.0).cubicMetres()).isEqualTo(1.0);
    }

    @Test
    void roundTrips() {
        for (double l : new double[] {0.0, 0.5, 47.0, 50.0, 250.0, 1.0e6}) {
            assertThat(Volume.ofLitres(l).litres()).isCloseTo(l, within(1e-12 * Math.max(1.0, l)));
        }
    }

    @Test
    void plusAndMinus() {
        Volume a = Volume.ofLitres(50.0);
        Volume b = Volume.ofLitres(47.0);
        assertThat(a.plus(b).litres()).isCloseTo(97.0, within(1e-12));
        assertThat(a.minus(b).litres()).isCloseTo(3.0, within(1e-12));
        assertThat(a.minus(a)).isEqualTo(Volume.ZERO);
        assertThat(Volume.ZERO.plus(a)).isEqualTo(a);
        assertThat(Volume.ZERO.cubicMetres()).isEqualTo(0.0);
    }

    @Test
    void minusRejectsNegativeResult() {
        assertThatThrownBy(() -> Volume.ofCubicMetres(0.01).minus(Volume.ofCubicMetres(0.02)))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("volume 0.01 m3 minus 0.02 m3 gives a negative volume")
                .hasMessageContaining("-0.01 m3");
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> Volume.ofCubicMetres(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("volume must be finite and >= 0 m3, got NaN");
        assertThatThrownBy(() -> Volume.ofCubicMetres(-0.001))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("volume must be >= 0 m3, got -0.001 m3");
        assertThatThrownBy(() -> Volume.ofLitres(-2.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -2.0 L");
        assertThatThrownBy(() -> Volume.ofLitres(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> new Volume(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
        assertThatThrownBy(() -> Volume.ofCubicMetres(Double.MAX_VALUE).plus(Volume.ofCubicMetres(Double.MAX_VALUE)))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
    }

    @Test
    void toStringShowsCubicMetres() {
        assertThat(Volume.ofCubicMetres(0.047)).hasToString("0.047 m3");
        assertThat(Volume.ZERO).hasToString("0.0 m3");
        assertThat(Volume.ofCubicMetres(-0.0)).hasToString("0.0 m3");
    }

    @Test
    void ordersFromSmallToLarge() {
        List<Volume> list = new ArrayList<>(List.of(Volume.ofLitres(50.0), Volume.ZERO, Volume.ofLitres(47.0)));
        Collections.sort(list);
        assertThat(list).containsExactly(Volume.ZERO, Volume.ofLitres(47.0), Volume.ofLitres(50.0));
    }
}
