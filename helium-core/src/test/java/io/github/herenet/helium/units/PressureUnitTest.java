package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PressureUnitTest {

    @Test
    void unitSizesInPascals() {
        assertThat(PressureUnit.PA.pascals()).isEqualTo(1.0);
        assertThat(PressureUnit.KPA.pascals()).isEqualTo(1000.0);
        assertThat(PressureUnit.MPA.pascals()).isEqualTo(1.0e6);
        assertThat(PressureUnit.BAR.pascals()).isEqualTo(1.0e5);
        assertThat(PressureUnit.ATM.pascals()).isEqualTo(101325.0);
        assertThat(PressureUnit.PSI.pascals()).isEqualTo(6894.757293168361);
        assertThat(PressureUnit.KGF_PER_CM2.pascals()).isEqualTo(98066.5);
        assertThat(PressureUnit.MBAR.pascals()).isEqualTo(100.0);
    }

    @Test
    void symbols() {
        assertThat(PressureUnit.values()).extracting(PressureUnit::symbol)
                .containsExactly("Pa", "kPa", "MPa", "bar", "atm", "psi", "kgf/cm2", "mbar");
    }

    @Test
    void everySymbolParsesBackToItsUnit() {
        for (PressureUnit unit : PressureUnit.values()) {
            assertThat(PressureUnit.parse(unit.symbol())).isEqualTo(unit);
        }
    }

    @Test
    void parseIgnoresCaseAndBlanksAndAcceptsKgfAliases() {
        assertThat(PressureUnit.parse("BAR")).isEqualTo(PressureUnit.BAR);
        assertThat(PressureUnit.parse(" mpa ")).isEqualTo(PressureUnit.MPA);
        assertThat(PressureUnit.parse("PSI")).isEqualTo(PressureUnit.PSI);
        assertThat(PressureUnit.parse("mBar")).isEqualTo(PressureUnit.MBAR);
        assertThat(PressureUnit.parse("kgf/cm2")).isEqualTo(PressureUnit.KGF_PER_CM2);
        assertThat(PressureUnit.parse("kgf/cm^2")).isEqualTo(PressureUnit.KGF_PER_CM2);
        assertThat(PressureUnit.parse("kg/cm2")).isEqualTo(PressureUnit.KGF_PER_CM2);
        assertThat(PressureUnit.parse("KGF/CM2")).isEqualTo(PressureUnit.KGF_PER_CM2);
    }

    @Test
    void parseRejectsUnknownSymbolListingTheAcceptedOnes() {
        assertThatThrownBy(() -> PressureUnit.parse("torr"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'torr'")
                .hasMessageContaining("Pa, kPa, MPa, bar, atm, psi, kgf/cm2")
                .hasMessageContaining("kg/cm2")
                .hasMessageContaining("mbar");
        assertThatThrownBy(() -> PressureUnit.parse(""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatNullPointerException().isThrownBy(() -> PressureUnit.parse(null));
    }
}
