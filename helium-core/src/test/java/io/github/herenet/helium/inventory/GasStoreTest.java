package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Storage tanks and the hub's process buffers: content = volume x EOS density at (T, p) x helium mole
 * fraction. The expected values multiply {@link HeliumEos#density} by hand (never through Contents).
 */
class GasStoreTest {

    private static double eosDensity(Temperature t, Pressure p) {
        return HeliumEos.reference().density(t.kelvin(), p.pascals());
    }

    @Test
    void storageTankIsVolumeTimesDensityTimesPurity() {
        StorageTank tank = new StorageTank("okayama-gasholder-1", Volume.ofCubicMetres(10), Pressure.ofMegapascals(1.0));
        Pressure p = Pressure.ofKilopascals(800);
        Temperature t = Temperature.ofCelsius(25);
        Purity purity = new Purity(0.98);
        double expected = 10 * eosDensity(t, p) * 0.98;
        // tolerance: relative 1e-12 (same density, different multiplication order)
        assertThat(tank.content(new VesselReading.Gas(p, t, purity)).kilograms()).isCloseTo(expected, within(1e-12 * expected));
        // at 800 kPa and 25 C helium is nearly ideal (Z about 1.004): p V M / (R T) x 0.98
        // = 800e3 x 10 x 0.004002602 / (8.314462618 x 298.15) x 0.98 = 12.66 kg; tolerance 1 % for Z - 1
        assertThat(expected).isCloseTo(800e3 * 10 * 0.004002602 / (8.314462618 * 298.15) * 0.98, within(0.13));
        assertThat(tank.internalVolume()).isEqualTo(Volume.ofCubicMetres(10));
    }

    @Test
    void storageTankAtStandardConditions() {
        // 10 m3 at 0 C and 101.325 kPa, pure: 10 x 0.17848 kg/m3 (DOMAIN.md 7) = 1.7848 kg,
        // tolerance 10 x 5e-6 = 5e-5 kg (printing of the density)
        StorageTank tank = new StorageTank("T2", Volume.ofCubicMetres(10), Pressure.ofMegapascals(1.0));
        assertThat(tank.content(new VesselReading.Gas(Pressure.ofKilopascals(101.325), Temperature.ofCelsius(0),
                Purity.PURE)).kilograms()).isCloseTo(1.7848, within(5e-5));
    }

    @ParameterizedTest
    @EnumSource(ProcessBuffer.Stage.class)
    void processBufferIsVolumeTimesDensityTimesPurityAtBothStages(ProcessBuffer.Stage stage) {
        ProcessBuffer buffer = new ProcessBuffer("okayama-buffer-" + stage, Volume.ofCubicMetres(2), stage);
        assertThat(buffer.stage()).isEqualTo(stage);
        assertThat(buffer.internalVolume()).isEqualTo(Volume.ofCubicMetres(2));
        // impure recovered gas before the purifier (80 %, DOMAIN.md 2.5 Koike feed) or clean 99.995 % gas
        // before the liquefier; 1.5 MPa gauge, 20 C
        Purity purity = stage == ProcessBuffer.Stage.PURIFIER ? Purity.ofPercent(80) : Purity.ofPercent(99.995);
        Pressure p = Pressure.gauge(1.5, PressureUnit.MPA);
        Temperature t = Temperature.ofCelsius(20);
        double expected = 2 * eosDensity(t, p) * purity.heliumMoleFraction();
        assertThat(buffer.content(new VesselReading.Gas(p, t, purity)).kilograms())
                .isCloseTo(expected, within(1e-12 * expected));
    }

    @Test
    void highPressureTankMatchesTheCylinderPerLitre() {
        // the same gas state in 47 L of tank and in a 47 L cylinder: same helium (1e-12 kg)
        Pressure p = Pressure.gauge(14.7, PressureUnit.MPA);
        Temperature t = Temperature.ofCelsius(15);
        VesselReading.Gas gas = new VesselReading.Gas(p, t, Purity.PURE);
        double tank = new StorageTank("T47", Volume.ofLitres(47), Pressure.ofMegapascals(20)).content(gas).kilograms();
        double cyl = new Cylinder("C47", Volume.ofLitres(47), p, java.time.LocalDate.of(2024, 1, 1)).content(gas).kilograms();
        assertThat(tank).isCloseTo(cyl, within(1e-12));
        // and 0.047 m3 x EOS density
        assertThat(tank).isCloseTo(0.047 * eosDensity(t, p), within(1e-12));
    }

    @Test
    void wrongReadingsAreRefused() {
        StorageTank tank = new StorageTank("okayama-gasholder-1", Volume.ofCubicMetres(10), Pressure.ofMegapascals(1.0));
        ProcessBuffer buffer = new ProcessBuffer("okayama-buffer-1", Volume.ofCubicMetres(2), ProcessBuffer.Stage.LIQUEFIER);
        VesselReading liquid = new VesselReading.Liquid(new LiquidLevel.Percent(10), Pressure.ofKilopascals(101.325));
        VesselReading bag = new VesselReading.Bag(Volume.ofCubicMetres(1), Pressure.ofKilopascals(101.325),
                Temperature.ofCelsius(20), Purity.PURE);
        assertThatIllegalArgumentException().isThrownBy(() -> tank.content(liquid))
                .withMessageContaining("okayama-gasholder-1").withMessageContaining("gas (p, T, purity)");
        assertThatIllegalArgumentException().isThrownBy(() -> tank.content(bag))
                .withMessageContaining("okayama-gasholder-1");
        assertThatIllegalArgumentException().isThrownBy(() -> buffer.content(liquid))
                .withMessageContaining("okayama-buffer-1").withMessageContaining("gas (p, T, purity)");
        assertThatIllegalArgumentException().isThrownBy(() -> buffer.content(bag))
                .withMessageContaining("okayama-buffer-1");
    }
}
