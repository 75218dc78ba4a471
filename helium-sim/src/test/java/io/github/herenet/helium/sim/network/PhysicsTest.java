package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.HeliumEos;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The simulation's physical constants against the domain's figures (DOMAIN.md 2.4 and 7). */
class PhysicsTest {

    @Test
    void anNmrFillsAOneCubicMetreBagInAboutThreeToFourDays() {
        double kgPerDay = Physics.boilOffPerMs(0.4) * Physics.MS_PER_DAY;
        double days = Physics.BAG_RHO / kgPerDay;
        assertThat(days).isBetween(3.0, 4.0);
        assertThat(kgPerDay / Physics.BAG_RHO).as("m3/day at 20 C").isCloseTo(0.26, within(0.01));
    }

    @Test
    void aCylinderHoldsItsEosMassAndItsPressureComesBackFromTheTable() {
        SimulatedCylinder cyl = new SimulatedCylinder(new Cylinder("C", Volume.ofLitres(47), Pressure.ofMegapascals(14.7), LocalDate.of(2025, 4, 1)),
                "s", 0);
        double nm3 = HeliumAmount.ofKilograms(cyl.maxKg).gasCubicMetres(StandardConditions.NORMAL_0C);
        assertThat(nm3).as("Nm3 in a 47 L cylinder at 14.7 MPa, 20 C").isBetween(5.7, 6.2);
        assertThat(cyl.maxKg / Physics.BAG_RHO).as("1 m3 bags per cylinder").isBetween(6.0, 7.0);
        for (double p : new double[]{0.5e6, 5e6, 10e6, 14.7e6}) {
            double kg = HeliumEos.reference().density(Physics.ROOM_K, p) * 0.047;
            assertThat(Physics.cylinderPressure(kg, 0.047)).isCloseTo(p, within(p * 1e-4));
        }
        assertThat(Physics.cylinderPressure(0, 0.047)).isEqualTo(Physics.ATM);
    }

    @Test
    void aVentedLiquidVesselsMassAndLitresAreEachOthersInverse() {
        double kg = Physics.liquidMass(63.5, 100);
        assertThat(Physics.litres(kg, 100)).isCloseTo(63.5, within(1e-9));
        assertThat(Physics.litres(Physics.liquidMass(0, 100), 100)).isZero();
        assertThat(Physics.RHO_L).isCloseTo(0.12467, within(1e-5));
        assertThat(Physics.RHO_V).isCloseTo(0.01690, within(1e-5));
    }

    @Test
    void theTransferFlashFromThirtyKilopascalsIsAFewPercent() {
        assertThat(LiquidTransfer.FLASH).isBetween(0.05, 0.12);
    }
}
