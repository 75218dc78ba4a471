package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PressureTest {

    @Test
    void absoluteFactoriesConvertToPascals() {
        assertThat(Pressure.ofPascals(101325.0).pascals()).isEqualTo(101325.0);
        assertThat(Pressure.ofKilopascals(101.325).pascals()).isCloseTo(101325.0, within(1e-9));
        assertThat(Pressure.ofMegapascals(20.0).pascals()).isEqualTo(2.0e7);
        assertThat(Pressure.ofBar(1.0).pascals()).isEqualTo(1.0e5);
        assertThat(Pressure.ofAtmospheres(1.0)).isEqualTo(Pressure.STANDARD_ATMOSPHERE);
        assertThat(Pressure.ofPsi(1.0).kilopascals()).isCloseTo(6.894757, within(1e-6));
        assertThat(Pressure.ofKgfPerCm2(1.0).kilopascals()).isCloseTo(98.0665, within(1e-12));
        assertThat(Pressure.absolute(250.0, PressureUnit.MBAR).pascals()).isCloseTo(25000.0, within(1e-9));
    }

    @Test
    void accessorsConvertFromPascals() {
        Pressure p = Pressure.ofPascals(2.0e7);
        assertThat(p.megapascals()).isEqualTo(20.0);
        assertThat(p.kilopascals()).isEqualTo(20000.0);
        assertThat(p.bar()).isEqualTo(200.0);
        assertThat(Pressure.STANDARD_ATMOSPHERE.in(PressureUnit.ATM)).isEqualTo(1.0);
        assertThat(Pressure.STANDARD_ATMOSPHERE.in(PressureUnit.PSI)).isCloseTo(14.695949, within(1e-6));
        assertThat(Pressure.STANDARD_ATMOSPHERE.in(PressureUnit.MBAR)).isCloseTo(1013.25, within(1e-12));
    }

    @Test
    void roundTripsInEveryUnit() {
        for (PressureUnit unit : PressureUnit.values()) {
            for (double v : new double[] {0.0, 0.5, 1.0, 14.7, 200.0}) {
                assertThat(Pressure.absolute(v, unit).in(unit)).isCloseTo(v, within(1e-12 * Math.max(1.0, v)));
                assertThat(Pressure.gauge(v, unit).gaugeIn(unit)).isCloseTo(v, within(1e-9));
            }
        }
    }

    @Test
    void gaugeIsRelativeToTheStandardAtmosphere() {
        assertThat(Pressure.gauge(14.7, PressureUnit.MPA).megapascals()).isCloseTo(14.801325, within(1e-12));
        assertThat(Pressure.gauge(0.0, PressureUnit.BAR)).isEqualTo(Pressure.STANDARD_ATMOSPHERE);
        assertThat(Pressure.gauge(-1.0, PressureUnit.ATM).pascals()).isEqualTo(0.0);
        assertThat(Pressure.ofMegapascals(14.801325).gaugeIn(PressureUnit.MPA)).isCloseTo(14.7, within(1e-12));
    }

    @Test
    void gaugeInMayBeNegativeBelowAmbient() {
        assertThat(Pressure.ofBar(0.5).gaugeIn(PressureUnit.BAR)).isCloseTo(-0.51325, within(1e-12));
        assertThat(Pressure.ofPascals(0.0).gaugeIn(PressureUnit.PA)).isEqualTo(-101325.0);
    }

    @Test
    void gaugeWithExplicitAmbient() {
        Pressure ambient = Pressure.ofMegapascals(0.095);
        Pressure p = Pressure.gauge(2.0, PressureUnit.BAR, ambient);
        assertThat(p.pascals()).isCloseTo(295000.0, within(1e-9));
        assertThat(p.gaugeIn(PressureUnit.BAR, ambient)).isCloseTo(2.0, within(1e-12));
        assertThat(p.gaugeIn(PressureUnit.BAR)).isCloseTo(1.93675, within(1e-12));
    }

    @Test
    void fullVacuumGivenInAnotherUnitIsZeroNotAnError() {
        assertThat(Pressure.gauge(-1.01325, PressureUnit.BAR).pascals()).isCloseTo(0.0, within(1e-9));
        assertThat(Pressure.gauge(-101.325, PressureUnit.KPA).pascals()).isCloseTo(0.0, within(1e-9));
    }

    @Test
    void gaugeBelowVacuumIsRejected() {
        assertThatThrownBy(() -> Pressure.gauge(-2.0, PressureUnit.BAR))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("gauge pressure -2.0 bar with ambient 101325 Pa gives a negative absolute pressure");
        assertThatThrownBy(() -> Pressure.gauge(-1.0, PressureUnit.BAR, Pressure.ofBar(0.9)))
                .isInstanceOfSatisfying(InvalidQuantityException.class, e -> {
                    assertThat(e.quantity()).isEqualTo("gauge pressure");
                    assertThat(e.value()).isEqualTo(-1.0);
                })
                .hasMessageContaining("with ambient 90000 Pa");
    }

    @Test
    void rejectsNegativeAbsolutePressureInTheUnitGiven() {
        assertThatThrownBy(() -> Pressure.ofBar(-1.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("pressure must be >= 0 bar (absolute), got -1.0 bar");
        assertThatThrownBy(() -> new Pressure(-5.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -5.0 Pa");
        assertThatThrownBy(() -> Pressure.ofKgfPerCm2(-0.1))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -0.1 kgf/cm2");
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThatThrownBy(() -> Pressure.ofPascals(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("pressure must be finite and >= 0 Pa (absolute), got NaN");
        assertThatThrownBy(() -> Pressure.ofMegapascals(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> Pressure.gauge(Double.NaN, PressureUnit.PSI))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("gauge pressure must be finite, got NaN");
        assertThatThrownBy(() -> Pressure.gauge(Double.NEGATIVE_INFINITY, PressureUnit.BAR))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
        assertThatThrownBy(() -> Pressure.ofMegapascals(Double.MAX_VALUE))
                .as("overflow to infinity on conversion")
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
    }

    @Test
    void toStringShowsAbsolutePascals() {
        assertThat(Pressure.STANDARD_ATMOSPHERE).hasToString("101325.0 Pa");
        assertThat(Pressure.ofBar(2.0)).hasToString("200000.0 Pa");
    }

    @Test
    void ordersFromLowToHigh() {
        List<Pressure> list = new ArrayList<>(List.of(Pressure.ofMegapascals(20.0), Pressure.ofPascals(0.0),
                Pressure.STANDARD_ATMOSPHERE));
        Collections.sort(list);
        assertThat(list).containsExactly(Pressure.ofPascals(0.0), Pressure.STANDARD_ATMOSPHERE,
                Pressure.ofMegapascals(20.0));
        assertThat(Pressure.ofBar(1.0)).isLessThan(Pressure.ofAtmospheres(1.0));
    }
}
