package io.github.herenet.helium.thermo;

import io.github.herenet.helium.units.InvalidQuantityException;
import io.github.herenet.helium.units.Power;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The everyday conversions, checked against DOMAIN.md facts and hand calculations (each tolerance
 * is stated next to its source).
 */
class ConversionsTest {

    private static final Volume CYLINDER = Volume.ofLitres(47);

    @Test
    void liquidLitresToKilogramsAndGas() {
        HeliumAmount litre = HeliumAmount.ofLiquidLitres(1);
        assertThat(litre.kilograms()).isCloseTo(0.12467, within(5e-6)); // rho' = 124.67 kg/m3 at NBP
        // 1 L of liquid is 698 / 737 / 750 L of gas at 0 / 15 / 20 C (DOMAIN.md 7), printed to 1 L
        assertThat(litre.gasCubicMetres(StandardConditions.NORMAL_0C)).isCloseTo(0.698, within(0.001));
        assertThat(litre.gasCubicMetres(StandardConditions.STANDARD_15C)).isCloseTo(0.737, within(0.001));
        assertThat(litre.gasCubicMetres(StandardConditions.STANDARD_20C)).isCloseTo(0.750, within(0.001));
        // the DESIGN.md jshell example: 100 L of liquid is about 69.8 Nm3
        assertThat(HeliumAmount.ofLiquidLitres(100).gasVolume(StandardConditions.NORMAL_0C).cubicMetres())
                .isCloseTo(69.85, within(0.01));
    }

    @Test
    void roundTripsAreExact() {
        HeliumAmount amount = HeliumAmount.ofKilograms(1.2);
        assertThat(HeliumAmount.ofLiquidLitres(amount.liquidLitres()).kilograms()).isCloseTo(1.2, within(1e-14));
        assertThat(HeliumAmount.ofGasCubicMetres(amount.gasCubicMetres(StandardConditions.STANDARD_70F),
                StandardConditions.STANDARD_70F).kilograms()).isCloseTo(1.2, within(1e-14));
        assertThat(HeliumAmount.ofMoles(amount.moles()).kilograms()).isCloseTo(1.2, within(1e-14));
        assertThat(HeliumAmount.ofMoles(1).kilograms()).isEqualTo(0.004002602);
        SaturationState at3K = HeliumEos.reference().saturationAtTemperature(3.0);
        assertThat(HeliumAmount.ofLiquidLitres(10, at3K).liquidLitres(at3K)).isCloseTo(10, within(1e-12));
        assertThat(amount.plus(HeliumAmount.ofKilograms(0.3)).minus(HeliumAmount.ofKilograms(0.5)).kilograms())
                .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void cylinderContentsRealGasBesideIdealGas() {
        // A 47 L cylinder at 14.7 MPa (gauge) is sold as "about 7 m3" (jban.jp: 300 m3 = 43 cylinders of 7 m3),
        // the pressure-ratio label. Real gas by hand with the second virial coefficient of helium at 288 K,
        // B = 11.8 cm3/mol: Z = 1 + B p / (R T) = 1.073, so 1.16221 kg / 1.073 / 0.17848 kg/m3 = 6.07 Nm3.
        Pressure fill = Pressure.gauge(14.7, PressureUnit.MPA);
        HeliumAmount real = HeliumAmount.inVessel(CYLINDER, fill, Temperature.FIFTEEN_CELSIUS);
        assertThat(real.gasCubicMetres(StandardConditions.NORMAL_0C)).isCloseTo(6.07, within(0.02));
        // ideal gas by hand: 14.801325e6 Pa * 0.047 m3 * 0.004002602 kg/mol / (8.3144598 * 288.15) = 1.16221 kg
        HeliumAmount ideal = HeliumAmount.idealGasInVessel(CYLINDER, fill, Temperature.FIFTEEN_CELSIUS);
        assertThat(ideal.kilograms()).isCloseTo(1.16221, within(1e-5));
        // at 19.6 MPa and 300 K the ideal formula overstates by about 9 % (Z = 1.09, DOMAIN.md 7)
        Pressure high = Pressure.ofMegapascals(19.6);
        Temperature warm = Temperature.ofKelvin(300);
        double overstatement = HeliumAmount.idealGasInVessel(CYLINDER, high, warm).kilograms()
                / HeliumAmount.inVessel(CYLINDER, high, warm).kilograms() - 1;
        assertThat(overstatement).isCloseTo(0.09, within(0.005));
    }

    @Test
    void boilOffPerWattAndItsInverse() {
        // by hand: 3600 s/h / 20.564 kJ/kg / 0.12467 kg/L = 1.4042 L/h per W at 1 atm
        BoilOff oneWatt = BoilOff.fromHeatLeak(Power.ofWatts(1), Pressure.STANDARD_ATMOSPHERE);
        assertThat(oneWatt.liquidLitresPerHour()).isCloseTo(1.4042, within(2e-4));
        assertThat(oneWatt.liquidLoss().kilogramsPerHour()).isCloseTo(3600 / 20564.39, within(1e-6));
        // the vented gas is smaller by (1 - 16.90/124.67)
        assertThat(oneWatt.ventedGas().kilogramsPerSecond() / oneWatt.liquidLoss().kilogramsPerSecond())
                .isCloseTo(1 - 16.9026 / 124.669, within(1e-5));
        // a 100 L dewar losing 1 % a day (1 L/day) has a heat leak of about 30 mW
        BoilOff dewar = BoilOff.fromLiquidLoss(HeliumFlow.ofLiquidLitresPerDay(1), Pressure.STANDARD_ATMOSPHERE);
        assertThat(dewar.heatLeak().watts()).isCloseTo(0.02967, within(1e-4));
        BoilOff back = BoilOff.fromHeatLeak(dewar.heatLeak(), Pressure.STANDARD_ATMOSPHERE);
        assertThat(back.liquidLoss().liquidLitresPerDay()).isCloseTo(1, within(1e-12));
    }

    @Test
    void flowsInLabUnits() {
        // an NMR boils off about 0.4 L/day, about 0.3 m3/day of gas (DOMAIN.md fact 8)
        HeliumFlow nmr = HeliumFlow.ofLiquidLitresPerDay(0.4);
        assertThat(nmr.gasCubicMetresPerHour(StandardConditions.NORMAL_0C) * 24).isCloseTo(0.279, within(0.001));
        assertThat(nmr.over(Duration.ofDays(3)).gasCubicMetres(StandardConditions.NORMAL_0C)).isCloseTo(0.838, within(0.001));
        assertThat(HeliumFlow.ofGasCubicMetresPerHour(5, StandardConditions.STANDARD_15C).gasCubicMetresPerHour(
                StandardConditions.STANDARD_15C)).isCloseTo(5, within(1e-12));
        assertThat(HeliumFlow.ofKilogramsPerHour(3.6).kilogramsPerSecond()).isCloseTo(0.001, within(1e-15));
    }

    @Test
    void flashLoss() {
        Pressure atm = Pressure.STANDARD_ATMOSPHERE;
        assertThat(FlashLoss.fraction(Pressure.ofKilopascals(150), atm)).isCloseTo(0.13, within(0.01));
        assertThat(FlashLoss.fraction(Pressure.ofKilopascals(110), atm)).isCloseTo(0.02, within(0.005));
        assertThat(FlashLoss.fraction(atm, atm)).isZero();
        assertThatThrownBy(() -> FlashLoss.fraction(atm, Pressure.ofKilopascals(150)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pressure drop");
        assertThatThrownBy(() -> FlashLoss.fraction(Pressure.ofKilopascals(500), atm))
                .isInstanceOf(EosRangeException.class).hasMessageContaining("critical pressure");
    }

    @Test
    void standardConditionsAreNamedAndParsed() {
        assertThat(StandardConditions.parse("0C")).isSameAs(StandardConditions.NORMAL_0C);
        assertThat(StandardConditions.parse("15 c")).isSameAs(StandardConditions.STANDARD_15C);
        assertThat(StandardConditions.parse("70F")).isSameAs(StandardConditions.STANDARD_70F);
        assertThat(StandardConditions.parse("293.15K")).isSameAs(StandardConditions.STANDARD_20C);
        assertThat(StandardConditions.parse("25C").name()).isEqualTo("25 C, 101.325 kPa");
        assertThat(StandardConditions.NORMAL_0C.gasDensity()).isCloseTo(0.17848, within(5e-6));
        assertThatThrownBy(() -> StandardConditions.parse("warm")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0C, 15C, 20C, 70F");
        assertThatThrownBy(() -> StandardConditions.of(Temperature.ofKelvin(1), Pressure.STANDARD_ATMOSPHERE))
                .isInstanceOf(EosRangeException.class);
    }

    @Test
    void badAmountsAreRejected() {
        assertThatThrownBy(() -> HeliumAmount.ofKilograms(Double.NaN)).isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("helium amount");
        assertThatThrownBy(() -> HeliumAmount.ofLiquidLitres(-1)).isInstanceOf(InvalidQuantityException.class)
                .hasMessageContaining("liquid volume").hasMessageContaining("-1.0");
        assertThatThrownBy(() -> HeliumAmount.ofKilograms(1).minus(HeliumAmount.ofKilograms(2)))
                .isInstanceOf(InvalidQuantityException.class).hasMessageContaining("cannot take 2.0 kg from 1.0 kg");
        assertThatThrownBy(() -> HeliumFlow.ofKilogramsPerHour(Double.POSITIVE_INFINITY))
                .isInstanceOf(InvalidQuantityException.class);
        assertThatThrownBy(() -> HeliumAmount.inVessel(CYLINDER, Pressure.ofMegapascals(15), Temperature.ofKelvin(2)))
                .isInstanceOf(EosRangeException.class).hasMessageContaining("lambda point");
    }
}
