package io.github.herenet.helium.thermo;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The EOS against the check tables of its publication, NIST IR 8474 (tables 3 and 4), and against
 * the fixed points of DOMAIN.md section 7. Tolerances: table 3 is printed to 7 significant digits,
 * so 1e-6 relative; table 4 to a fixed number of decimals, so one unit in the last printed digit.
 */
class PublishedTableTest {

    private static final HeliumEos EOS = HeliumEos.reference();
    private static final double M = EOS.molarMass();

    @Test
    void singlePhaseCheckValuesOfTable3() throws IOException {
        List<String[]> rows = rows("nist-ir-8474-table3-single-phase.csv");
        assertThat(rows).hasSize(6);
        for (String[] row : rows) {
            double t = Double.parseDouble(row[0]);
            double rho = Double.parseDouble(row[1]) * 1000 * M;
            FluidState s = EOS.stateAtDensity(t, rho);
            assertThat(s.pressure() / 1e6).as("p at %s K, %s mol/dm3", row[0], row[1])
                    .isCloseTo(Double.parseDouble(row[2]), within(1e-6 * Double.parseDouble(row[2])));
            assertThat(s.cv() * M).as("cv at %s K, %s mol/dm3", row[0], row[1])
                    .isCloseTo(Double.parseDouble(row[3]), within(1e-6 * Double.parseDouble(row[3])));
            assertThat(s.speedOfSound()).as("w at %s K, %s mol/dm3", row[0], row[1])
                    .isCloseTo(Double.parseDouble(row[4]), within(1e-6 * Double.parseDouble(row[4])));
            // and back: the density at the tabulated (T, p) is the tabulated density
            assertThat(EOS.density(t, s.pressure())).isCloseTo(rho, within(1e-12 * rho));
        }
    }

    @Test
    void saturationValuesOfTable4() throws IOException {
        List<String[]> rows = rows("nist-ir-8474-table4-saturation.csv");
        assertThat(rows).hasSize(17);
        for (String[] row : rows) {
            double t = Double.parseDouble(row[0]);
            SaturationState sat = EOS.saturationAtTemperature(t);
            assertPrinted(sat.pressure() / 1e3, row[1], "p at " + t + " K");
            assertPrinted(sat.liquid().density() / M / 1000, row[2], "rho' at " + t + " K");
            assertPrinted(sat.vapour().density() / M / 1000, row[3], "rho'' at " + t + " K");
            assertPrinted(sat.liquid().enthalpy() * M, row[4], "h' at " + t + " K");
            assertPrinted(sat.vapour().enthalpy() * M, row[5], "h'' at " + t + " K");
        }
    }

    @Test
    void fixedPointsOfDomainSection7() {
        SaturationState nbp = EOS.saturationAtPressure(101_325);
        assertThat(nbp.temperature()).isCloseTo(4.2238, within(5e-5));
        assertThat(nbp.liquid().density()).isCloseTo(124.67, within(0.005));
        assertThat(nbp.vapour().density()).isCloseTo(16.90, within(0.005));
        assertThat(nbp.latentHeat()).isCloseTo(20.56e3, within(5.0));
        assertThat(EOS.criticalTemperature()).isCloseTo(5.1953, within(5e-5));
        assertThat(EOS.criticalPressure()).isCloseTo(228.32e3, within(5.0));
        assertThat(EOS.criticalDensity()).isCloseTo(69.585, within(5e-4));
        assertThat(EOS.minimumSaturationPressure()).isCloseTo(5.04e3, within(5.0));
        assertThat(EOS.density(273.15, 101_325)).isCloseTo(0.17848, within(5e-6));
        assertThat(EOS.density(288.15, 101_325)).isCloseTo(0.16920, within(5e-6));
        assertThat(EOS.density(293.15, 101_325)).isCloseTo(0.16631, within(5e-6));
        double liquid = nbp.liquid().density();
        assertThat(liquid / EOS.density(273.15, 101_325)).isCloseTo(698, within(1.0));
        assertThat(liquid / EOS.density(288.15, 101_325)).isCloseTo(737, within(1.0));
        assertThat(liquid / EOS.density(293.15, 101_325)).isCloseTo(750, within(1.0));
        assertThat(EOS.state(300, 19.6e6).compressibility()).isCloseTo(1.09, within(0.005));
    }

    private static void assertPrinted(double actual, String printed, String what) {
        int dot = printed.indexOf('.');
        int decimals = dot < 0 ? 0 : printed.length() - dot - 1;
        double unit = Math.pow(10, -decimals);
        assertThat(actual).as(what + " (printed " + printed + ")")
                .isCloseTo(Double.parseDouble(printed), within(unit));
    }

    static List<String[]> rows(String resource) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(PublishedTableTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return in.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split(",")).toList();
        }
    }
}
