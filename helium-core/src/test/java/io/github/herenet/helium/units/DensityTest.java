package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class DensityTest {

    private static final double HELIUM_4_MOLAR_MASS = 0.004002602; // kg/mol

    @Test
    void gramsPerLitreEqualsKilogramsPerCubicMetre() {
        assertThat(Density.ofGramsPerLitre(125.0)).isEqualTo(Density.ofKilogramsPerCubicMetre(125.0));
        assertThat(Density.ofGramsPerLitre(0.1786).kilogramsPerCubicMetre()).isEqualTo(0.1786);
    }

    @Test
    void molarDensityTimesMolarMass() {
        // 31205 mol/m3 * 0.004002602 kg/mol = 124.90119541 kg/m3 (hand-checked)
        Density d = Density.ofMolesPerCubicMetre(31205.0, HELIUM_4_MOLAR_MASS);
        assertThat(d.kilogramsPerCubicMetre()).isCloseTo(124.90119541, within(1e-8));
        assertThat(d.molesPerCubicMetre(HELIUM_4_MOLAR_MASS)).isCloseTo(31205.0, within(1e-9));
        assertThat(Density.ofMolesPerCubicMetre(1000.0, 0.004).kilogramsPerCubicMetre()).isCloseTo(4.0, within(1e-12));
    }

    @Test
    void rejectsNegativeAndNonFiniteValues() {
        assertThatThrownBy(() -> Density.ofKilogramsPerCubicMetre(-1.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("density must be >= 0 kg/m3, got -1.0 kg/m3");
        assertThatThrownBy(() -> Density.ofGramsPerLitre(-2.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -2.0 g/L");
        assertThatThrownBy(() -> new Density(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("density must be finite and >= 0 kg/m3, got NaN");
        assertThatThrownBy(() -> Density.ofKilogramsPerCubicMetre(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> Density.ofGramsPerLitre(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
    }

    @Test
    void molarFactoryChecksBothArguments() {
        assertThatThrownBy(() -> Density.ofMolesPerCubicMetre(-5.0, HELIUM_4_MOLAR_MASS))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("molar density must be >= 0 mol/m3, got -5.0 mol/m3");
        assertThatThrownBy(() -> Density.ofMolesPerCubicMetre(5.0, 0.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("molar mass must be finite and > 0 kg/mol, got 0.0 kg/mol");
        assertThatThrownBy(() -> Density.ofMolesPerCubicMetre(5.0, Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got NaN");
        assertThatThrownBy(() -> Density.ofKilogramsPerCubicMetre(1.0).molesPerCubicMetre(-0.004))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("molar mass");
    }

    @Test
    void toStringShowsKilogramsPerCubicMetre() {
        assertThat(Density.ofKilogramsPerCubicMetre(125.0)).hasToString("125.0 kg/m3");
    }

    @Test
    void ordersFromLowToHigh() {
        List<Density> list = new ArrayList<>(List.of(Density.ofKilogramsPerCubicMetre(125.0),
                Density.ofKilogramsPerCubicMetre(0.1786), Density.ofKilogramsPerCubicMetre(16.9)));
        Collections.sort(list);
        assertThat(list).extracting(Density::kilogramsPerCubicMetre).containsExactly(0.1786, 16.9, 125.0);
    }
}
