package io.github.herenet.helium.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InvalidQuantityExceptionTest {

    @Test
    void messageNamesQuantityRuleAndValueWithUnit() {
        InvalidQuantityException e = new InvalidQuantityException("temperature", -3.0, "K", ">= 0 K (absolute zero)");
        assertThat(e).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("temperature must be >= 0 K (absolute zero), got -3.0 K");
        assertThat(e.quantity()).isEqualTo("temperature");
        assertThat(e.value()).isEqualTo(-3.0);
    }

    @Test
    void nonFiniteValueIsShownWithoutUnit() {
        assertThat(new InvalidQuantityException("volume", Double.NaN, "m3", "finite and >= 0 m3"))
                .hasMessage("volume must be finite and >= 0 m3, got NaN");
        assertThat(new InvalidQuantityException("volume", Double.NEGATIVE_INFINITY, "m3", "finite"))
                .hasMessage("volume must be finite, got -Infinity");
    }
}
