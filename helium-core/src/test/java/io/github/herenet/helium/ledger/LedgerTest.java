package io.github.herenet.helium.ledger;

import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.PressureUnit;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.github.herenet.helium.ledger.LedgerFixture.GAS_0C;
import static io.github.herenet.helium.ledger.LedgerFixture.GAS_20C;
import static io.github.herenet.helium.ledger.LedgerFixture.at;
import static io.github.herenet.helium.ledger.LedgerFixture.dewarKg;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The ledger against a hand-calculated January: deliveries, a return, meters at two standard conditions,
 * month-end counts, a loss; and its validation, balances and dewar tracking. Hand values use DOMAIN.md's
 * rounded densities, so amounts are compared to 0.1 % (the EOS values differ from them by < 0.01 %).
 */
class LedgerTest {

    private static final Pressure ATM = Pressure.STANDARD_ATMOSPHERE;
    private static final PriceTiers TIERS = new PriceTiers(List.of(new PriceTiers.Tier("A", 0.85, 1200),
            new PriceTiers.Tier("B", 0.70, 1600), new PriceTiers.Tier("C", 0, 2400)));

    private Ledger ledger;

    @BeforeEach
    void january() {
        ledger = Ledger.open(LedgerFixture.network(), new InMemoryLedgerStore());
        ledger.appendAll(List.of(
                new LedgerEvent.LiquidDelivered(at("2025-12-20T09:00:00Z"), "D1", "nmr-a", 100),
                new LedgerEvent.MeterRead(at("2025-12-31T12:00:00Z"), "M-a", 1000),
                new LedgerEvent.MeterRead(at("2025-12-31T12:00:00Z"), "M-b", 500),
                new LedgerEvent.MeterRead(at("2025-12-31T12:00:00Z"), "M-c", 200),
                new LedgerEvent.LiquidDelivered(at("2026-01-05T09:00:00Z"), "D2", "nmr-a", 80),
                new LedgerEvent.DewarReturned(at("2026-01-10T09:00:00Z"), "D1", "nmr-a", 10),
                new LedgerEvent.MeterRead(at("2026-01-15T09:00:00Z"), "M-a", 1060),
                new LedgerEvent.LiquidDelivered(at("2026-01-20T09:00:00Z"), "D3", "nmr-b", 50),
                new LedgerEvent.MeterRead(at("2026-01-25T09:00:00Z"), "M-b", 505),
                new LedgerEvent.Vented(at("2026-01-28T09:00:00Z"), "tottori", "nmr-b", HeliumAmount.ofKilograms(0.5),
                        "recovery valve left open"),
                new LedgerEvent.InventoryCounted(at("2026-01-31T20:00:00Z"), "tottori", "nmr-a", "D2",
                        new VesselReading.Liquid(new LiquidLevel.Litres(30), ATM)),
                new LedgerEvent.InventoryCounted(at("2026-01-31T21:00:00Z"), "tottori", "nmr-b", "D3",
                        new VesselReading.Liquid(new LiquidLevel.Percent(40), ATM)),
                new LedgerEvent.MeterRead(at("2026-01-31T22:00:00Z"), "M-c", 200)));
    }

    @Test
    void labWithNegativeInventoryChange() {
        MonthlyReport.Line a = report().lab("nmr-a");
        // delivered D2 with 80 L, returned D1 with 10 L; D1 (100 L) was at the lab on Jan 1, D2 (30 L) on Feb 1
        assertThat(a.delivered().kilograms()).isCloseTo(dewarKg(80), within(1e-3 * dewarKg(80)));     // 10.3117 kg
        assertThat(a.returned().kilograms()).isCloseTo(dewarKg(10), within(1e-3 * dewarKg(10)));       // 2.7679 kg
        assertThat(a.inventoryStart().kilograms()).isCloseTo(dewarKg(100), within(1e-3 * 12.467));    // 12.467 kg
        assertThat(a.inventoryEnd().kilograms()).isCloseTo(dewarKg(30), within(1e-3 * dewarKg(30)));  // 4.9233 kg
        assertThat(a.inventoryChangeKilograms()).isNegative().isCloseTo(-7.5437, within(0.01));
        // recovered 60 m3 at 0 C = 10.709 kg; consumed = 7.5437 + 7.5437 = 15.0874 kg; rate 0.7098
        assertThat(a.recovered().kilograms()).isCloseTo(60 * GAS_0C, within(1e-3 * 60 * GAS_0C));
        assertThat(a.consumedKilograms()).isCloseTo(15.0874, within(0.015));
        assertThat(a.recoveryRate().getAsDouble()).isCloseTo(0.7098, within(0.001));
        assertThat(a.tier().name()).isEqualTo("B");
        // in gas m3 at 0 C and liquid litres
        assertThat(MonthlyReport.Line.cubicMetres(a.recovered().kilograms(), StandardConditions.NORMAL_0C))
                .isCloseTo(60, within(1e-9));
        assertThat(MonthlyReport.Line.liquidLitres(a.delivered().kilograms())).isCloseTo(82.711, within(0.02));
    }

    @Test
    void labWithMeterAtTwentyDegreesAndALoss() {
        MonthlyReport.Line b = report().lab("nmr-b");
        // delivered 50 L (7.0786 kg), counted 40 % = 40 L (6.0010 kg): consumed 1.0777 kg
        // recovered 5 m3 at 20 C = 0.83155 kg: rate 0.7716
        assertThat(b.recovered().kilograms()).isCloseTo(5 * GAS_20C, within(1e-3 * 5 * GAS_20C));
        assertThat(b.consumedKilograms()).isCloseTo(dewarKg(50) - dewarKg(40), within(0.002));
        assertThat(b.recoveryRate().getAsDouble()).isCloseTo(0.7716, within(0.002));
        assertThat(b.losses().kilograms()).isEqualTo(0.5);
    }

    @Test
    void labWithZeroSupplyHasNoRate() {
        MonthlyReport.Line c = report().lab("mri-c");
        assertThat(c.delivered()).isEqualTo(HeliumAmount.ZERO);
        assertThat(c.recovered().kilograms()).isZero();
        assertThat(c.recoveryRate()).isEmpty();
        assertThat(c.tier().name()).isEqualTo("C");
    }

    @Test
    void siteAndNetworkLines() {
        MonthlyReport report = report();
        MonthlyReport.Line tottori = report.site("tottori");
        // stock at tottori on Feb 1: D2 (30 L) and D3 (40 L) at its labs; D1 (10 L) went back to okayama
        double end = dewarKg(30) + dewarKg(40);                                    // 10.9242 kg
        assertThat(tottori.inventoryEnd().kilograms()).isCloseTo(end, within(1e-3 * end));
        assertThat(tottori.delivered().kilograms()).isCloseTo(dewarKg(80) + dewarKg(50), within(0.02));
        assertThat(tottori.recovered().kilograms()).isCloseTo(60 * GAS_0C + 5 * GAS_20C, within(0.02));
        // consumed = (17.3903 - 2.7679) - (10.9242 - 12.467) = 16.1652; rate = 11.5405 / 16.1652 = 0.7139
        assertThat(tottori.recoveryRate().getAsDouble()).isCloseTo(0.7139, within(0.002));
        assertThat(tottori.tier().name()).isEqualTo("B");
        assertThat(tottori.losses().kilograms()).isEqualTo(0.5);
        // D1 went back to okayama with 10 L: the hub's own stock is the supplier's, not a user's inventory
        MonthlyReport.Line okayama = report.site("okayama");
        assertThat(okayama.inventoryStart().kilograms()).isZero();
        assertThat(okayama.inventoryEnd().kilograms()).isZero();
        assertThat(ledger.siteBalance("okayama", at("2026-02-01T00:00:00Z")).kilograms())
                .isCloseTo(dewarKg(10), within(0.003));
        // the network's line is every lab's: the same stock as tottori's, its only site with labs
        assertThat(report.network().inventoryEnd().kilograms()).isCloseTo(end, within(1e-3 * end));
        assertThat(report.network().recoveryRate().getAsDouble()).isCloseTo(0.7139, within(0.002));
        assertThat(report.network().recovered()).isEqualTo(tottori.recovered());
    }

    @Test
    void monthBoundariesFollowTheZone() {
        // 2026-01-31T16:00Z is 1 February 01:00 in Tokyo
        ledger.append(new LedgerEvent.LiquidDelivered(at("2026-02-01T16:00:00Z"), "D1", "mri-c", 20));
        ledger.append(new LedgerEvent.DewarReturned(at("2026-02-02T16:00:00Z"), "D1", "mri-c", 0));
        MonthlyReport utcJanuary = ledger.monthlyReport(YearMonth.of(2026, 1), ZoneOffset.UTC,
                StandardConditions.NORMAL_0C, TIERS);
        MonthlyReport tokyoJanuary = ledger.monthlyReport(YearMonth.of(2026, 1), ZoneId.of("Asia/Tokyo"),
                StandardConditions.NORMAL_0C, TIERS);
        // the month-end counts at 20:00Z and 21:00Z on Jan 31 fall into February in Tokyo
        assertThat(utcJanuary.lab("nmr-b").inventoryEnd().kilograms()).isCloseTo(dewarKg(40), within(0.01));
        assertThat(tokyoJanuary.lab("nmr-b").inventoryEnd().kilograms()).isCloseTo(dewarKg(50), within(0.01));
    }

    @Test
    void balancesAtAnyInstant() {
        assertThat(ledger.vesselBalance("D1", at("2025-12-19T00:00:00Z"))).isEqualTo(HeliumAmount.ZERO);
        assertThat(ledger.vesselBalance("D1", at("2025-12-20T09:00:00Z")).kilograms()).isCloseTo(dewarKg(100), within(0.013));
        assertThat(ledger.labBalance("nmr-a", at("2026-01-06T00:00:00Z")).kilograms())
                .isCloseTo(dewarKg(100) + dewarKg(80), within(0.03));
        assertThat(ledger.siteBalance("okayama", at("2026-01-06T00:00:00Z"))).isEqualTo(HeliumAmount.ZERO);
        assertThat(ledger.networkBalance(at("2026-02-01T00:00:00Z")).kilograms())
                .isCloseTo(dewarKg(30) + dewarKg(40) + dewarKg(10), within(0.02));
        // all vessels at once agree with each one asked alone
        for (String instant : List.of("2025-12-19T00:00:00Z", "2026-01-06T00:00:00Z", "2026-02-01T00:00:00Z")) {
            Map<String, HeliumAmount> all = ledger.vesselBalances(at(instant));
            assertThat(all.keySet()).containsExactlyInAnyOrderElementsOf(ledger.network().vessels().stream()
                    .map(p -> p.vessel().id()).toList());
            all.forEach((id, amount) -> assertThat(amount).isEqualTo(ledger.vesselBalance(id, at(instant))));
        }
    }

    @Test
    void cylinderFillShipmentAndFeedMoveHelium() {
        ledger.appendAll(List.of(
                new LedgerEvent.BagFull(at("2026-02-01T09:00:00Z"), "B1", "tottori", new VesselReading.Bag(
                        Volume.ofCubicMetres(0.9), ATM, Temperature.ofCelsius(20), Purity.PURE)),
                new LedgerEvent.BagSwapped(at("2026-02-01T09:05:00Z"), "B1", "B2", "tottori"),
                new LedgerEvent.BagEmptied(at("2026-02-02T09:00:00Z"), "B1", "C1"),
                new LedgerEvent.CylinderFilled(at("2026-02-02T10:00:00Z"), "C1", "tottori", "Sato",
                        Pressure.gauge(14.7, PressureUnit.MPA), Temperature.FIFTEEN_CELSIUS, Purity.PURE),
                new LedgerEvent.ShipmentSent(at("2026-02-03T09:00:00Z"), "S1", "tottori", "okayama", List.of("C1"))));
        // the bag held 0.9 m3 at 20 C: 0.1497 kg, moved to the cylinder until its fill was logged
        assertThat(ledger.vesselBalance("C1", at("2026-02-02T09:30:00Z")).kilograms())
                .isCloseTo(0.9 * GAS_20C, within(1e-3 * 0.9 * GAS_20C));
        assertThat(ledger.vesselBalance("B1", at("2026-02-02T09:30:00Z"))).isEqualTo(HeliumAmount.ZERO);
        // logged fill: 47 L at 14.7 MPa gauge and 15 C holds 1.084 kg (see ConversionsTest)
        assertThat(ledger.inTransit(at("2026-02-04T00:00:00Z")).kilograms()).isCloseTo(1.084, within(0.002));
        assertThat(ledger.whereabouts("C1").orElseThrow().shipmentId()).isEqualTo("S1");
        assertThat(ledger.shipmentsUnderWay(at("2026-02-04T00:00:00Z"))).containsExactly(new LedgerEvent.ShipmentSent(
                at("2026-02-03T09:00:00Z"), "S1", "tottori", "okayama", List.of("C1")));
        assertThat(ledger.shipmentsUnderWay(at("2026-02-03T08:59:59Z"))).isEmpty();
        ledger.append(new LedgerEvent.ShipmentReceived(at("2026-02-05T09:00:00Z"), "S1"));
        assertThat(ledger.shipmentsUnderWay(at("2026-02-05T09:00:00Z"))).isEmpty();
        assertThat(ledger.shipmentsUnderWay(at("2026-02-04T00:00:00Z"))).hasSize(1);
        // okayama now holds the cylinder and D1, returned with 10 L on Jan 10
        assertThat(ledger.siteBalance("okayama", at("2026-02-05T09:00:00Z")).kilograms())
                .isCloseTo(1.084 + dewarKg(10), within(0.005));
        ledger.append(new LedgerEvent.GasFed(at("2026-02-06T09:00:00Z"), "C1", "okayama"));
        assertThat(ledger.vesselBalance("C1", at("2026-02-06T09:00:00Z"))).isEqualTo(HeliumAmount.ZERO);
        ledger.append(new LedgerEvent.LiquidProduced(at("2026-02-07T09:00:00Z"), "okayama", "D1", 50));
        assertThat(ledger.vesselBalance("D1", at("2026-02-08T00:00:00Z")).kilograms()).isCloseTo(dewarKg(60), within(0.01));
    }

    @Test
    void campaignStepsAndPurchasesSetContents() {
        // a HeliGet campaign step puts 1 Nm3 of boil-off into bag B2; helium bought arrives in cylinder C1
        HeliumAmount bagGas = HeliumAmount.ofGasCubicMetres(1, StandardConditions.NORMAL_0C);
        ledger.appendAll(List.of(
                new LedgerEvent.CampaignStep(at("2026-02-10T09:00:00Z"), "iwate-mri", "tottori",
                        LedgerEvent.CampaignStep.Step.DEENERGISE, null, HeliumAmount.ZERO, "no quench"),
                new LedgerEvent.CampaignStep(at("2026-02-10T12:00:00Z"), "iwate-mri", "tottori",
                        LedgerEvent.CampaignStep.Step.BOILOFF_TO_BAG, "B2", bagGas, "bag 1 of 3"),
                new LedgerEvent.Purchased(at("2026-02-11T09:00:00Z"), "tottori", "C1", HeliumAmount.ofKilograms(1.2))));
        assertThat(ledger.vesselBalance("B2", at("2026-02-10T12:00:00Z")).gasCubicMetres(StandardConditions.NORMAL_0C))
                .isCloseTo(1, within(1e-12));
        assertThat(ledger.vesselBalance("C1", at("2026-02-11T09:00:00Z")).kilograms()).isEqualTo(1.2);
        assertThat(ledger.siteBalance("tottori", at("2026-02-11T09:00:00Z")).kilograms())
                .isCloseTo(dewarKg(30) + dewarKg(40) + bagGas.kilograms() + 1.2, within(0.02));
    }

    @Test
    void dewarTracking() {
        // D2 went to nmr-a on Jan 5 and was counted at 30 L on Jan 31 20:00; D1 was returned on Jan 10
        assertThat(ledger.forgottenDewars(at("2026-02-01T00:00:00Z"), Duration.ofDays(14)))
                .extracting(DewarStatus::dewarId).containsExactly("D2");
        DewarStatus d3 = ledger.dewars(at("2026-02-10T21:00:00Z")).stream()
                .filter(d -> d.dewarId().equals("D3")).findFirst().orElseThrow();
        // counted at 40 % = 40 L of liquid, less the nominal 1 L/day for 10 days
        assertThat(d3.knownLitres()).isCloseTo(40, within(1e-9));
        assertThat(d3.estimatedLitres()).isCloseTo(30, within(1e-9));
        assertThat(d3.warm()).isFalse();
        assertThat(d3.whereabouts().labId()).isEqualTo("nmr-b");
        DewarStatus d2 = ledger.dewars(at("2026-03-15T00:00:00Z")).stream()
                .filter(d -> d.dewarId().equals("D2")).findFirst().orElseThrow();
        assertThat(d2.warm()).isTrue();
    }

    @Test
    void reopeningTheStoreRebuildsTheLedger() {
        InMemoryLedgerStore store = new InMemoryLedgerStore();
        try (Ledger first = Ledger.open(LedgerFixture.network(), store)) {
            first.appendAll(ledger.events().stream().map(RecordedEvent::event).toList());
            Ledger second = Ledger.open(LedgerFixture.network(), store);
            assertThat(second.size()).isEqualTo(ledger.size());
            assertThat(second.monthlyReport(YearMonth.of(2026, 1), ZoneOffset.UTC, StandardConditions.NORMAL_0C, TIERS))
                    .isEqualTo(report());
        }
    }

    private MonthlyReport report() {
        return ledger.monthlyReport(YearMonth.of(2026, 1), ZoneOffset.UTC, StandardConditions.NORMAL_0C, TIERS);
    }
}
