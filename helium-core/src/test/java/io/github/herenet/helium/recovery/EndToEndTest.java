package io.github.herenet.helium.recovery;

import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.FlashLoss;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.github.herenet.helium.recovery.Fixtures.BAGS;
import static io.github.herenet.helium.recovery.Fixtures.CYLINDERS;
import static io.github.herenet.helium.recovery.Fixtures.ROOM;
import static io.github.herenet.helium.recovery.Fixtures.SHIPMENTS;
import static io.github.herenet.helium.recovery.Fixtures.h;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The machines drive a real {@link Ledger}: every ledger event they yield is appended, in order, and the
 * ledger accepts it; balances are checked against hand calculations with DOMAIN.md section 7's rounded
 * densities: helium gas at 1 atm and 20 C 0.16631 kg/m3, saturated liquid and vapour at 1 atm 0.12467 and
 * 0.016903 kg/L. Hand values agree with the EOS to 0.1 %, except the cylinder, whose pressure comes from the
 * ideal-gas law by hand (Z is about 1.01 at 2.2 MPa and 25 C), so it is held to 1.5 %.
 */
class EndToEndTest {

    private static final double GAS_20C = 0.16631;
    private static final double LIQUID = 0.12467;
    private static final double VAPOUR = 0.016903;
    private static final double R = 8.314462618;
    private static final double MOLAR_MASS = 0.004002602;

    private Ledger ledger;

    @BeforeEach
    void open() {
        ledger = Ledger.open(Fixtures.network(), new InMemoryLedgerStore());
    }

    @AfterEach
    void close() {
        ledger.close();
    }

    private <S> S append(Transition<S> transition) {
        ledger.appendAll(transition.ledgerEvents());
        return transition.state();
    }

    private double kg(String vesselId, Instant at) {
        return ledger.vesselBalance(vesselId, at).kilograms();
    }

    private static double dewarKg(double litres) {
        return litres * LIQUID + (100 - litres) * VAPOUR;
    }

    @Test
    void aBagGoesThroughTheCompressorIntoACylinderToTheHubAndIsLiquefied() {
        // a 1 m3 bag fills over three days and is swapped
        GasBagState bag = append(BAGS.apply(BAGS.initial(Fixtures.T0), new GasBagEvent.Connected(h(0), "Sato")));
        bag = append(BAGS.apply(bag, new GasBagEvent.Full(h(72), Volume.ofCubicMetres(1), ROOM)));
        double purity = BAGS.purity(bag, h(72)).heliumMoleFraction();
        // by hand: film 2 x 4.836 m2, 3 days: He out 1.596e-4 m3, air in 5.80e-5 m3
        assertThat(purity).isCloseTo((1 - 1.596e-4) / (1 - 1.596e-4 + 5.80e-5), within(2e-7));
        double bagKg = GAS_20C * purity;
        assertThat(kg("B1", h(72))).isCloseTo(bagKg, within(bagKg * 1e-3));
        bag = append(BAGS.apply(bag, new GasBagEvent.Swapped(h(73), "B2", "Sato")));

        // the compressor runs on bag-high and stops on bag-low; it yields nothing for the ledger
        CompressorMachine compressor = Fixtures.COMPRESSOR;
        CompressorState k = compressor.apply(compressor.initial(h(73)), new CompressorEvent.PowerOn(h(73), "Sato")).state();
        Transition<CompressorState> start = compressor.apply(k, new CompressorEvent.BagHigh(h(74)));
        assertThat(start.state().phase()).isEqualTo(CompressorState.Phase.RUNNING);
        assertThat(start.ledgerEvents()).isEmpty();

        CylinderState cylinder = append(CYLINDERS.apply(CYLINDERS.initial(h(73)),
                new CylinderEvent.FillStarted(h(74), "Sato", ROOM)));
        bag = append(BAGS.apply(bag, new GasBagEvent.CompressionStarted(h(74), "C1")));
        bag = append(BAGS.apply(bag, new GasBagEvent.Emptied(h(75))));
        assertThat(bag.phase()).isEqualTo(GasBagState.Phase.EMPTY);
        Transition<CompressorState> stop = compressor.apply(start.state(), new CompressorEvent.BagLow(h(75)));
        assertThat(stop.state().phase()).isEqualTo(CompressorState.Phase.IDLE);
        assertThat(kg("B1", h(75))).isZero();
        assertThat(kg("C1", h(75))).isCloseTo(bagKg, within(bagKg * 1e-3));

        // the fill log: final pressure read off the gauge; by hand (ideal gas) what the bag's helium gives
        Temperature warm = Temperature.ofCelsius(25);
        double pascals = bagKg / MOLAR_MASS * R * warm.kelvin() / 0.047 / purity;
        cylinder = append(CYLINDERS.apply(cylinder, new CylinderEvent.FillEnded(h(75.5), "Sato",
                Pressure.ofPascals(pascals), warm, new Purity(purity))));
        assertThat(kg("C1", h(75.5))).isCloseTo(bagKg, within(bagKg * 0.015));
        assertThat(CYLINDERS.content(cylinder).kilograms()).isCloseTo(kg("C1", h(75.5)), within(1e-12));

        // shipped to the hub
        HeliumAmount declared = CYLINDERS.content(cylinder);
        ShipmentState shipment = append(SHIPMENTS.apply(ShipmentState.packed("S1", "tottori", "okayama", List.of("C1"),
                declared, h(96)), new ShipmentEvent.Sent(h(96), "Sato")));
        cylinder = append(CYLINDERS.apply(cylinder, new CylinderEvent.Shipped(h(96), "S1")));
        assertThat(ledger.inTransit(h(97)).kilograms()).isCloseTo(declared.kilograms(), within(1e-12));
        shipment = append(SHIPMENTS.apply(shipment, new ShipmentEvent.Received(h(120), "Tanaka")));
        cylinder = append(CYLINDERS.apply(cylinder, new CylinderEvent.Received(h(120), "okayama")));
        assertThat(shipment.phase()).isEqualTo(ShipmentState.Phase.RECEIVED);
        assertThat(cylinder.phase()).isEqualTo(CylinderState.Phase.AT_HUB);
        assertThat(ledger.siteBalance("okayama", h(120)).kilograms()).isCloseTo(declared.kilograms(), within(1e-12));
        assertThat(ledger.inTransit(h(120)).kilograms()).isZero();

        // fed to the liquefier: the cylinder machine records GasFed, so the liquefier does not
        LiquefactionMachine liquefier = new LiquefactionMachine("L70", "okayama", Purity.ofPercent(99), false);
        LiquefactionState run = append(liquefier.apply(liquefier.initial(h(120)),
                new LiquefactionEvent.FeedStarted(h(121), "C1", new Purity(purity), "Tanaka")));
        cylinder = append(CYLINDERS.apply(cylinder, new CylinderEvent.FeedStarted(h(121), "Tanaka")));
        cylinder = append(CYLINDERS.apply(cylinder, new CylinderEvent.FeedEnded(h(122))));
        run = append(liquefier.apply(run, new LiquefactionEvent.VesselFed(h(122))));
        assertThat(cylinder.phase()).isEqualTo(CylinderState.Phase.EMPTY);
        assertThat(kg("C1", h(122))).isZero();

        // 90 % of the gas comes out as liquid into dewar D1
        double litres = bagKg * 0.9 / LIQUID;
        run = append(liquefier.apply(run, new LiquefactionEvent.Produced(h(124), "D1", litres)));
        run = append(liquefier.apply(run, new LiquefactionEvent.Stopped(h(125), "Tanaka")));
        assertThat(run.phase()).isEqualTo(LiquefactionState.Phase.IDLE);
        assertThat(kg("D1", h(125))).isCloseTo(dewarKg(litres), within(dewarKg(litres) * 1e-3));
        assertThat(ledger.events()).extracting(e -> e.event().getClass().getSimpleName()).containsExactly(
                "BagFull", "BagSwapped", "BagEmptied", "CylinderFilled", "ShipmentSent", "ShipmentReceived",
                "GasFed", "LiquidProduced");
    }

    @Test
    void aLiquidTransferMovesTheLevelsAndVentsTheFlash() {
        ledger.append(new LedgerEvent.LiquidProduced(h(0), "okayama", "D1", 90));
        LiquidTransferMachine transfer = new LiquidTransferMachine(Fixtures.D1, Fixtures.D2, "okayama", false);
        Pressure p = Pressure.gauge(30, PressureUnit.KPA);
        LiquidTransferState done = append(transfer.applyAll(LiquidTransferState.ready("T1", true, h(1)), List.of(
                new LiquidTransferEvent.Precooled(h(1), "Sato"),
                new LiquidTransferEvent.Purged(h(2), "Sato"),
                new LiquidTransferEvent.Pressurised(h(2.5), "Sato", p, LiquidTransferMachine.PRESSURISING_PURITY),
                new LiquidTransferEvent.Started(h(2.6), 90, 0),
                new LiquidTransferEvent.Stopped(h(3), LiquidTransferState.StopReason.GAS_PLUME, 38, 45),
                new LiquidTransferEvent.Depressurised(h(3.1), "Sato"))));
        assertThat(done.phase()).isEqualTo(LiquidTransferState.Phase.DONE);
        assertThat(done.litresMoved()).isEqualTo(45);
        assertThat(kg("D1", h(4))).isCloseTo(dewarKg(38), within(dewarKg(38) * 1e-3));
        assertThat(kg("D2", h(4))).isCloseTo(dewarKg(45), within(dewarKg(45) * 1e-3));
        // flash: 52 L drawn at 131.3 kPa flash to 1 atm (between the 2 % of 110 kPa and the 13 % of 150 kPa)
        double fraction = FlashLoss.fraction(p, Pressure.STANDARD_ATMOSPHERE);
        assertThat(fraction).isBetween(0.02, 0.13);
        LedgerEvent.Vented vented = (LedgerEvent.Vented) ledger.events().get(ledger.size() - 1).event();
        assertThat(vented.amount().kilograms()).isCloseTo(52 * LIQUID * fraction, within(52 * LIQUID * fraction * 1e-3));
        assertThat(vented.reason()).contains("flash loss", "T1");
    }

    @Test
    void theIwateCampaignFillsFiveDewarsAndThreeBags() {
        CampaignMachine campaign = Fixtures.CAMPAIGN;
        CampaignState s = campaign.initial(h(0));
        List<CampaignEvent> plan = new java.util.ArrayList<>(List.of(new CampaignEvent.PlanApproved(h(0), "Suzuki"),
                new CampaignEvent.Deenergised(h(24), "Suzuki", 800),
                new CampaignEvent.Precooled(h(48), "Suzuki"),
                new CampaignEvent.TestTransfer(h(96), "Suzuki", "test 1"),
                new CampaignEvent.TestTransfer(h(168), "Suzuki", "test 2"),
                new CampaignEvent.Pressurised(h(190), "Suzuki")));
        for (int i = 1; i <= 5; i++) {
            plan.add(new CampaignEvent.DewarFilled(h(190 + i), "R" + i, 100));
        }
        for (int i = 1; i <= 3; i++) {
            plan.add(new CampaignEvent.BoilOffBagged(h(200 + i), "Q" + i, Volume.ofCubicMetres(1), ROOM, Purity.PURE));
        }
        plan.add(new CampaignEvent.Shipped(h(210), "Suzuki", "Iwate University"));
        plan.add(new CampaignEvent.Completed(h(211), "Suzuki"));
        s = append(campaign.applyAll(s, plan));
        assertThat(s.phase()).isEqualTo(CampaignState.Phase.DONE);
        assertThat(s.litresRecovered()).isEqualTo(500);
        // 500 L of liquid (12.467 kg a full 100 L dewar) and 3 m3 of gas at 20 C
        assertThat(ledger.siteBalance("iwate", h(212)).kilograms())
                .isCloseTo(5 * dewarKg(100) + 3 * GAS_20C, within(0.001 * (5 * dewarKg(100) + 3 * GAS_20C)));
        assertThat(ledger.events()).extracting(e -> ((LedgerEvent.CampaignStep) e.event()).step().name()).containsExactly(
                "PLAN", "DEENERGISE", "PRECOOL", "TEST_TRANSFER", "TEST_TRANSFER", "LIQUID_TO_DEWAR", "LIQUID_TO_DEWAR",
                "LIQUID_TO_DEWAR", "LIQUID_TO_DEWAR", "LIQUID_TO_DEWAR", "BOILOFF_TO_BAG", "BOILOFF_TO_BAG",
                "BOILOFF_TO_BAG", "SHIP", "DONE");
    }

    @Test
    void aQuenchAndALostShipmentAreRecordedAsLosses() {
        CampaignState s = append(Fixtures.CAMPAIGN.applyAll(Fixtures.CAMPAIGN.initial(h(0)), List.of(
                new CampaignEvent.PlanApproved(h(0), "Suzuki"), new CampaignEvent.Deenergised(h(1), "Suzuki", 800),
                new CampaignEvent.Quench(h(2), "burst disk ruptured"))));
        assertThat(s.phase()).isEqualTo(CampaignState.Phase.ABORTED);
        LedgerEvent.Vented quench = (LedgerEvent.Vented) ledger.events().get(ledger.size() - 1).event();
        assertThat(quench.amount().liquidLitres()).isCloseTo(800, within(1e-9));

        ShipmentState lost = append(SHIPMENTS.applyAll(ShipmentState.packed("S2", "iwate", "okayama", List.of("R1"),
                HeliumAmount.ofLiquidLitres(100), h(3)), List.of(new ShipmentEvent.Sent(h(3), "Suzuki"),
                new ShipmentEvent.Lost(h(100), "Tanaka", "truck accident"))));
        assertThat(lost.phase()).isEqualTo(ShipmentState.Phase.LOST);
        LedgerEvent.Vented written = (LedgerEvent.Vented) ledger.events().get(ledger.size() - 1).event();
        assertThat(written.siteId()).isEqualTo("iwate");
        assertThat(written.reason()).contains("lost shipment S2", "R1", "truck accident");
        assertThat(written.amount().liquidLitres()).isCloseTo(100, within(1e-9));
    }
}
