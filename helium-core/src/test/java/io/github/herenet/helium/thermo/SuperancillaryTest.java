package io.github.herenet.helium.thermo;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The Chebyshev superancillaries shipped with the coefficients, and the inverse built from them. */
class SuperancillaryTest {

    private static final Superancillary SA = ReferenceData.load().superancillary;

    @Test
    void reproducesTheCheckPointsOfItsPublication() {
        // EOS[0].SUPERANCILLARY.check_points of the fluid file: multiprecision phase equilibria
        assertThat(SA.pressure(2.5993899242094645)).isCloseTo(12361.725413111913, within(1e-13 * 12361.7));
        assertThat(SA.liquidDensity(SA.interval(3.634765320641408), 3.634765320641408)).isCloseTo(33524.127679568046, within(1e-13 * 33524.1));
        assertThat(SA.vapourDensity(SA.interval(4.675444470783031), 4.675444470783031)).isCloseTo(6677.535763809258, within(1e-13 * 6677.5));
    }

    @Test
    void inverseTemperatureIsExactToAFewUlps() {
        SplittableRandom random = new SplittableRandom(42);
        for (int n = 0; n < 20_000; n++) {
            double t = random.nextDouble(SA.minimumTemperature(), SA.criticalTemperature());
            double p = SA.pressure(t);
            double back = SA.temperature(p);
            assertThat(back).as("T(p(%s K))", t).isCloseTo(t, within(1e-13 * t));
            assertThat(SA.pressure(back)).isCloseTo(p, within(1e-12 * p));
        }
    }
}
