package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemperatureTest {

    private static final double EPS = 1e-12;

    @Test
    void celsiusAndFahrenheitConvertToKelvin() {
        assertThat(Temperature.ofCelsius(0.0).kelvin()).isCloseTo(273.15, within(EPS));
        assertThat(Temperature.ofCelsius(-268.93).kelvin()).isCloseTo(4.22, within(1e-12));
        assertThat(Temperature.ofFahrenheit(32.0).kelvin()).isCloseTo(273.15, within(EPS));
        assertThat(Temperature.ofFahrenheit(212.0).kelvin()).isCloseTo(373.15, within(EPS));
        assertThat(Temperature.ofFahrenheit(-459.67).kelvin()).isEqualTo(0.0);
        assertThat(Temperature.ofKelvin(4.2).kelvin()).isEqualTo(4.2);
    }

    @Test
    void kelvinConvertsToCelsiusAndFahrenheit() {
        Temperature t = Temperature.ofKelvin(373.15);
        assertThat(t.celsius()).isCloseTo(100.0, within(EPS));
        assertThat(t.fahrenheit()).isCloseTo(212.0, within(EPS));
        assertThat(Temperature.ofKelvin(0.0).celsius()).isCloseTo(-273.15, within(EPS));
        assertThat(Temperature.ofKelvin(0.0).fahrenheit()).isCloseTo(-459.67, within(EPS));
    }

    @Test
    void roundTripsThroughEveryUnit() {
        for (double c : new double[] {-273.15, -268.93, -40.0, 0.0, 15.0, 21.7, 1000.0}) {
            assertThat(Temperature.ofCelsius(c).celsius()).isCloseTo(c, within(1e-12));
        }
        for (double f : new double[] {-459.67, -40.0, 0.0, 32.0, 98.6, 1000.0}) {
            assertThat(Temperature.ofFahrenheit(f).fahrenheit()).isCloseTo(f, within(1e-11));
        }
        assertThat(Temperature.ofCelsius(-40.0).fahrenheit()).isCloseTo(-40.0, within(1e-12));
    }

    @Test
    void constantsAreTheUsualReferenceTemperatures() {
        assertThat(Temperature.ZERO_CELSIUS.kelvin()).isEqualTo(273.15);
        assertThat(Temperature.FIFTEEN_CELSIUS.kelvin()).isEqualTo(288.15);
        assertThat(Temperature.TWENTY_CELSIUS.kelvin()).isEqualTo(293.15);
        assertThat(Temperature.FIFTEEN_CELSIUS.celsius()).isCloseTo(15.0, within(EPS));
        assertThat(Temperature.ofCelsius(20.0)).isEqualTo(Temperature.TWENTY_CELSIUS);
    }

    @Test
    void rejectsBelowAbsoluteZeroInTheUnitGiven() {
        assertThatThrownBy(() -> Temperature.ofKelvin(-3.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("temperature must be >= 0 K (absolute zero), got -3.0 K");
        assertThatThrownBy(() -> Temperature.ofCelsius(-300.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining(">= -273.15 C (absolute zero)")
                .hasMessageContaining("got -300.0 C");
        assertThatThrownBy(() -> Temperature.ofFahrenheit(-500.0))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining(">= -459.67 F")
                .hasMessageContaining("got -500.0 F");
        assertThatThrownBy(() -> Temperature.ofCelsius(-273.16))
                .isInstanceOf(InvalidQuantityException.class);
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThatThrownBy(() -> Temperature.ofKelvin(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessage("temperature must be finite and >= 0 K (absolute zero), got NaN");
        assertThatThrownBy(() -> new Temperature(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> Temperature.ofCelsius(Double.NEGATIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got -Infinity");
        assertThatThrownBy(() -> Temperature.ofFahrenheit(Double.NaN))
                .isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("got NaN");
    }

    @Test
    void exceptionExposesQuantityAndValueAsGiven() {
        assertThatThrownBy(() -> Temperature.ofCelsius(-300.0))
                .isInstanceOfSatisfying(InvalidQuantityException.class, e -> {
                    assertThat(e.quantity()).isEqualTo("temperature");
                    assertThat(e.value()).isEqualTo(-300.0);
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsKelvin() {
        assertThat(Temperature.ofKelvin(4.2)).hasToString("4.2 K");
        assertThat(Temperature.ZERO_CELSIUS).hasToString("273.15 K");
    }

    @Test
    void negativeZeroEqualsZero() {
        assertThat(Temperature.ofKelvin(-0.0)).isEqualTo(Temperature.ofKelvin(0.0));
    }

    @Test
    void ordersFromColdToHot() {
        List<Temperature> list = new ArrayList<>(List.of(
                Temperature.TWENTY_CELSIUS, Temperature.ofKelvin(4.2), Temperature.ZERO_CELSIUS));
        Collections.sort(list);
        assertThat(list).containsExactly(Temperature.ofKelvin(4.2), Temperature.ZERO_CELSIUS,
                Temperature.TWENTY_CELSIUS);
        assertThat(Temperature.ofKelvin(4.2)).isLessThan(Temperature.ofKelvin(4.3));
        assertThat(Temperature.ofKelvin(4.2).compareTo(Temperature.ofKelvin(4.2))).isZero();
    }
}
