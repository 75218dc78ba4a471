package io.github.herenet.helium.inventory;

import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * The decommissioned Iwate MRI (DOMAIN.md 0: a 2000 L charge, about 800 L remained after de-energising),
 * read by level. Densities at 1 atm from DOMAIN.md 7: liquid 124.67, vapour 16.90 kg/m3.
 */
class MagnetTest {

    private static final Pressure ATM = Pressure.ofKilopascals(101.325);

    private static Magnet mri() {
        return new Magnet("iwate-med-mri", Magnet.Type.MRI, Volume.ofLitres(2000));
    }

    private static VesselReading.Liquid level(LiquidLevel level) {
        return new VesselReading.Liquid(level, ATM);
    }

    @Test
    void fortyPercentOfTwoThousandLitresIsEightHundredLitresOfLiquid() {
        double at40 = mri().content(level(new LiquidLevel.Percent(40))).kilograms();
        // 800 L liquid: 0.8 m3 x 124.67 = 99.736 kg; 1200 L vapour: 1.2 m3 x 16.90 = 20.280 kg; total 120.016 kg.
        // Tolerance 0.01 kg: the printed densities are good to 0.005 kg/m3, 2 m3 x 0.005 = 0.01 kg.
        assertThat(at40).isCloseTo(120.016, within(0.01));

        // The liquid alone, separated with the empty reading (2 m3 of vapour, 2 x 16.90 = 33.80 kg):
        // M(40 %) - 0.6 M(0 %) = 0.8 rho_l, the vapour cancels exactly, so "about 800 L remained"
        // is 0.8 x 124.67 = 99.736 kg of liquid; tolerance 0.8 x 0.005 = 0.004 kg.
        double empty = mri().content(level(new LiquidLevel.Percent(0))).kilograms();
        assertThat(empty).isCloseTo(33.80, within(0.01));
        assertThat(at40 - 0.6 * empty).isCloseTo(99.736, within(0.004));
        assertThat(at40 - 0.6 * empty).isCloseTo(99.7, within(0.05)); // "about 99.7 kg"
    }

    @Test
    void eightHundredLitresEqualsFortyPercent() {
        assertThat(mri().content(level(new LiquidLevel.Litres(800))).kilograms())
                .isCloseTo(mri().content(level(new LiquidLevel.Percent(40))).kilograms(), within(1e-9));
    }

    @Test
    void fullMagnetHoldsTheWholeCharge() {
        // 2000 L x 124.67 kg/m3 = 249.34 kg, tolerance 2 x 0.005 = 0.01 kg
        assertThat(mri().content(level(new LiquidLevel.Percent(100))).kilograms()).isCloseTo(249.34, within(0.01));
    }

    @Test
    void magnetCannotBeWeighed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mri().content(level(new LiquidLevel.GrossWeight(Mass.ofKilograms(5000)))))
                .withMessageContaining("iwate-med-mri")
                .withMessageContaining("weighed");
    }

    @Test
    void moreLiquidThanTheHeliumSpaceIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> mri().content(level(new LiquidLevel.Litres(2100))))
                .withMessageContaining("iwate-med-mri")
                .withMessageContaining("2000")
                .withMessageContaining("2100");
    }

    @Test
    void smallNmrMagnet() {
        Magnet nmr = new Magnet("tottori-nmr-400", Magnet.Type.NMR, Volume.ofLitres(60));
        assertThat(nmr.type()).isEqualTo(Magnet.Type.NMR);
        assertThat(nmr.internalVolume()).isEqualTo(Volume.ofLitres(60));
        // 30 L of liquid and 30 L of vapour: 0.03 x (124.67 + 16.90) = 4.2471 kg, tolerance 0.06 x 0.005 -> 0.001 kg
        assertThat(nmr.content(level(new LiquidLevel.Litres(30))).kilograms()).isCloseTo(4.2471, within(0.001));
    }

    @Test
    void gasReadingOnAMagnetIsRefused() {
        VesselReading gas = new VesselReading.Gas(ATM, Temperature.ofCelsius(20), Purity.PURE);
        assertThatIllegalArgumentException().isThrownBy(() -> mri().content(gas))
                .withMessageContaining("iwate-med-mri")
                .withMessageContaining("liquid (level, pressure)");
    }
}
