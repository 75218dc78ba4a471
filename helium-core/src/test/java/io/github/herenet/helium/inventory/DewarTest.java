package io.github.herenet.helium.inventory;

import io.github.herenet.helium.thermo.EosRangeException;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.SaturationState;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A 100 L transport dewar (DOMAIN.md 2.4: HeReNet and HeliGet use 100 L dewars, about 1 %/day boil-off)
 * read by level in percent, in litres, and by weight. Densities at 1 atm from DOMAIN.md 7: saturated
 * liquid 124.67 kg/m3, saturated vapour 16.90 kg/m3.
 */
class DewarTest {

    private static final Pressure ATM = Pressure.ofKilopascals(101.325);
    /** DOMAIN.md 7, saturated liquid / vapour density at the normal boiling point, kg/m3. */
    private static final double RHO_L = 124.67;
    private static final double RHO_V = 16.90;
    /**
     * The DOMAIN.md densities are printed to 0.01 kg/m3 (error at most 0.005 kg/m3 each); in 100 L this is
     * at most 0.1 m3 x 0.005 = 0.0005 kg. The brief's tolerance is 0.002 kg.
     */
    private static final double TOL = 0.002;

    private static Dewar dewar() {
        return new Dewar("D-100-07", Volume.ofLitres(100), 1.0, Mass.ofKilograms(60));
    }

    private static VesselReading.Liquid level(LiquidLevel level) {
        return new VesselReading.Liquid(level, ATM);
    }

    @Test
    void halfFullIsLiquidPlusSaturatedVapour() {
        double kg = dewar().content(level(new LiquidLevel.Percent(50))).kilograms();
        // 50 L of liquid: 0.050 m3 x 124.67 = 6.2335 kg; 50 L of vapour: 0.050 m3 x 16.90 = 0.8450 kg; sum 7.0785 kg
        assertThat(0.050 * RHO_L + 0.050 * RHO_V).isCloseTo(7.0785, within(1e-12));
        assertThat(kg).isCloseTo(7.0785, within(TOL));
    }

    @Test
    void fullAndEmpty() {
        // 0 %: 100 L of saturated vapour = 0.1 x 16.90 = 1.690 kg (tolerance 0.002)
        assertThat(dewar().content(level(new LiquidLevel.Percent(0))).kilograms()).isCloseTo(1.690, within(TOL));
        // 100 %: 100 L of liquid = 0.1 x 124.67 = 12.467 kg (tolerance 0.002)
        assertThat(dewar().content(level(new LiquidLevel.Percent(100))).kilograms()).isCloseTo(12.467, within(TOL));
        // 100 L given as litres is exactly the capacity: accepted, same content
        assertThat(dewar().content(level(new LiquidLevel.Litres(100))).kilograms()).isCloseTo(12.467, within(TOL));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, 12.5, 37.5, 50, 83.3, 100})
    void litresGiveTheSameAsTheMatchingPercent(double percent) {
        // in a 100 L dewar, x % is x L; the two readings must agree to rounding (1e-12 kg)
        double byPercent = dewar().content(level(new LiquidLevel.Percent(percent))).kilograms();
        double byLitres = dewar().content(level(new LiquidLevel.Litres(percent))).kilograms();
        assertThat(byLitres).isCloseTo(byPercent, within(1e-12));
        // and both equal the linear interpolation by hand between the DOMAIN.md densities:
        // V_l rho_l + (0.1 m3 - V_l) rho_v, with the 0.0005 kg printing error bound inside TOL
        double litresLiquid = percent;
        double hand = litresLiquid / 1000 * RHO_L + (100 - litresLiquid) / 1000 * RHO_V;
        assertThat(byPercent).isCloseTo(hand, within(TOL));
    }

    @Test
    void percentOfALargerDewarIsScaledByItsCapacity() {
        Dewar big = new Dewar("D-250-01", Volume.ofLitres(250), 1.0, Mass.ofKilograms(120));
        // 40 % of 250 L is 100 L: 0.1 x 124.67 + 0.15 x 16.90 = 12.467 + 2.535 = 15.002 kg
        // tolerance: 0.25 m3 x 0.005 kg/m3 printing error, 0.00125 kg, rounded up to 0.002
        assertThat(big.content(level(new LiquidLevel.Percent(40))).kilograms()).isCloseTo(15.002, within(TOL));
        assertThat(big.content(level(new LiquidLevel.Litres(100))).kilograms())
                .isCloseTo(big.content(level(new LiquidLevel.Percent(40))).kilograms(), within(1e-12));
    }

    @Test
    void pressurisedDewarUsesTheSaturationStateOfItsPressure() {
        // 30 kPa over 1 atm, the dewar-to-dewar transfer pressure (DOMAIN.md 2.4)
        Pressure transfer = Pressure.ofKilopascals(131.325);
        SaturationState sat = HeliumEos.reference().saturationAtPressure(transfer.pascals());
        // warmer saturated liquid is less dense, the vapour denser, than at 1 atm (DOMAIN.md 7 values)
        assertThat(sat.liquid().density()).isLessThan(RHO_L);
        assertThat(sat.vapour().density()).isGreaterThan(RHO_V);
        double kg = dewar().content(new VesselReading.Liquid(new LiquidLevel.Percent(50), transfer)).kilograms();
        // mass balance by hand on the EOS saturation densities: 0.05 m3 of each phase; tolerance 1e-9 kg (rounding)
        assertThat(kg).isCloseTo(0.05 * sat.liquid().density() + 0.05 * sat.vapour().density(), within(1e-9));
    }

    @Test
    void pressureWithoutSaturationIsOutsideTheEos() {
        // 250 kPa is above the critical pressure 228.32 kPa (DOMAIN.md 7): no liquid/vapour split exists
        assertThatThrownBy(() -> dewar().content(
                new VesselReading.Liquid(new LiquidLevel.Percent(50), Pressure.ofKilopascals(250))))
                .isInstanceOf(EosRangeException.class);
    }

    @Test
    void grossWeightLessTareIsTheNetMassExactly() {
        // 67.5 kg on the scale, 60 kg tare: 7.5 kg of helium; all three are exact binary fractions,
        // so the subtraction is exact
        assertThat(dewar().content(level(new LiquidLevel.GrossWeight(Mass.ofKilograms(67.5)))).kilograms())
                .isEqualTo(7.5);
        // weight equal to the tare: empty, zero
        assertThat(dewar().content(level(new LiquidLevel.GrossWeight(Mass.ofKilograms(60)))).kilograms())
                .isEqualTo(0.0);
    }

    @Test
    void weightBelowTheTareIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dewar().content(level(new LiquidLevel.GrossWeight(Mass.ofKilograms(59)))))
                .withMessageContaining("D-100-07")
                .withMessageContaining("59")
                .withMessageContaining("60");
    }

    @Test
    void moreLitresThanCapacityAreRefusedWithTheNumbers() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dewar().content(level(new LiquidLevel.Litres(120))))
                .withMessageContaining("D-100-07")
                .withMessageContaining("100")
                .withMessageContaining("120");
        // just above capacity as well (beyond the 1e-9 relative rounding allowance)
        assertThatIllegalArgumentException()
                .isThrownBy(() -> dewar().content(level(new LiquidLevel.Litres(100.001))))
                .withMessageContaining("D-100-07");
    }

    @Test
    void nominalLossIsOnePercentOfCapacityPerDay() {
        // DOMAIN.md 2.4: 1 % of capacity per day, a 100 L dewar loses about 1 L/day
        assertThat(dewar().nominalLossLitresPerDay()).isCloseTo(1.0, within(1e-12));
        // 250 L at 1 %/day: 2.5 L/day; 100 L at 0 %/day: none
        assertThat(new Dewar("D-250", Volume.ofLitres(250), 1.0, Mass.ZERO).nominalLossLitresPerDay())
                .isCloseTo(2.5, within(1e-12));
        assertThat(new Dewar("D-0", Volume.ofLitres(100), 0.0, Mass.ZERO).nominalLossLitresPerDay()).isZero();
        assertThat(dewar().boilOffPercentPerDay()).isEqualTo(1.0);
    }

    @Test
    void internalVolumeIsTheCapacity() {
        assertThat(dewar().internalVolume()).isEqualTo(Volume.ofLitres(100));
    }

    @Test
    void gasReadingOnADewarIsRefused() {
        VesselReading gas = new VesselReading.Gas(ATM, Temperature.ofCelsius(20), Purity.PURE);
        assertThatIllegalArgumentException().isThrownBy(() -> dewar().content(gas))
                .withMessageContaining("D-100-07")
                .withMessageContaining("liquid (level, pressure)");
        VesselReading bag = new VesselReading.Bag(Volume.ofLitres(50), ATM, Temperature.ofCelsius(20), Purity.PURE);
        assertThatIllegalArgumentException().isThrownBy(() -> dewar().content(bag))
                .withMessageContaining("D-100-07")
                .withMessageContaining("liquid");
        assertThatNullPointerException().isThrownBy(() -> dewar().content(null));
    }
}
