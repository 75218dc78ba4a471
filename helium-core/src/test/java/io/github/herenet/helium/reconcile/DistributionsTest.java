package io.github.herenet.helium.reconcile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The distribution functions against closed forms and tabulated values. */
class DistributionsTest {

    @Test
    void logGammaMatchesClosedForms() {
        assertThat(Distributions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-14));
        assertThat(Distributions.logGamma(1)).isCloseTo(0, within(1e-14));
        assertThat(Distributions.logGamma(10)).isCloseTo(Math.log(362880), within(1e-12));
        assertThat(Distributions.logGamma(100.5)).isCloseTo(361.4355404677776, within(1e-10)); // ln Gamma(100.5)
    }

    @Test
    void chiSquareTailMatchesClosedForms() {
        for (double x : new double[]{0.1, 1, 5.99146, 20, 80}) {
            assertThat(Distributions.chiSquareUpperTail(x, 2)).isCloseTo(Math.exp(-x / 2), within(1e-15));
            assertThat(Distributions.chiSquareUpperTail(x, 4)).isCloseTo(Math.exp(-x / 2) * (1 + x / 2), within(1e-15));
        }
        assertThat(Distributions.chiSquareUpperTail(3.841458820694124, 1)).isCloseTo(0.05, within(1e-14));
        assertThat(Distributions.chiSquareUpperTail(0, 3)).isEqualTo(1);
        assertThat(Distributions.chiSquareUpperTail(5, 0)).isEqualTo(1);
        // Large systems: the statistic at its mean has a tail near one half.
        assertThat(Distributions.chiSquareUpperTail(50_000, 50_000)).isCloseTo(0.4988, within(1e-3));
    }

    @Test
    void normalTailAndQuantile() {
        assertThat(Distributions.normalUpperTail(1.959963984540054)).isCloseTo(0.025, within(1e-15));
        assertThat(Distributions.normalUpperTail(0)).isCloseTo(0.5, within(1e-15));
        assertThat(Distributions.normalUpperTail(-1)).isCloseTo(0.8413447460685429, within(1e-15));
        assertThat(Distributions.normalUpperQuantile(0.025)).isCloseTo(1.959963984540054, within(1e-13));
        assertThat(Distributions.normalUpperQuantile(1e-10)).isCloseTo(6.361340902404056, within(1e-11));
        assertThat(Distributions.normalUpperQuantile(0.9)).isCloseTo(-1.2815515655446004, within(1e-13));
        assertThatThrownBy(() -> Distributions.normalUpperQuantile(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sidakCorrection() {
        assertThat(Distributions.sidakCriticalZ(0.05, 1)).isCloseTo(1.959963984540054, within(1e-13));
        // per test 1 - 0.95^(1/10) = 0.0051162, two-sided: the z with P(Z > z) = 0.0025581 (by bisection on erfc)
        assertThat(Distributions.sidakCriticalZ(0.05, 10)).isCloseTo(2.799625219301094, within(1e-12));
        assertThat(Distributions.sidakCriticalZ(0.05, 5000)).isGreaterThan(4.3).isLessThan(4.5);
    }
}
