package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountOfSubstanceTest {

    @Test
    void kilomolesConvertToMoles() {
        assertThat(AmountOfSubstance.ofKilomoles(2.5).moles()).isEqualTo(2500.0);
        assertThat(AmountOfSubstance.ofKilomoles(0.001).moles()).isCloseTo(1.0, within(1e-12));
        assertThat(AmountOfSubstance.ofMoles(12.0).moles()).isEqualTo(12.0);
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> AmountOfSubstance.ofMoles(-1.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("amount of substance must be >= 0 mol, got -1.0 mol");
        assertThatThrownBy(() -> AmountOfSubstance.ofKilomoles(-0.5))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -0.5 kmol");
        assertThatThrownBy(() -> AmountOfSubstance.ofMoles(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("must be finite and >= 0 mol, got NaN");
        assertThatThrownBy(() -> new AmountOfSubstance(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> AmountOfSubstance.ofKilomoles(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
    }

    @Test
    void toStringShowsMoles() {
        assertThat(AmountOfSubstance.ofMoles(2.5)).hasToString("2.5 mol");
    }

    @Test
    void ordersFromSmallToLarge() {
        List<AmountOfSubstance> list = new ArrayList<>(List.of(AmountOfSubstance.ofKilomoles(1.0),
                AmountOfSubstance.ofMoles(0.0), AmountOfSubstance.ofMoles(999.0)));
        Collections.sort(list);
        assertThat(list).extracting(AmountOfSubstance::moles).containsExactly(0.0, 999.0, 1000.0);
    }
}
