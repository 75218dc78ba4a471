package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.ledger.RecordedEvent;
import io.github.herenet.helium.reconcile.LedgerReconciler;
import io.github.herenet.helium.reconcile.LedgerReconciliation;
import io.github.herenet.helium.reconcile.SiteFinding;
import io.github.herenet.helium.thermo.StandardConditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** A simulated year of the reference network: conservation, the ledger it writes, the report and the faults. */
class NetworkSimulationTest {

    private static final Scenario REFERENCE = Scenario.reference();
    private static final ZoneId ZONE = REFERENCE.zone();
    private static Ledger ledger;
    private static NetworkSimulation year;
    private static final List<Double> progress = new ArrayList<>();

    @BeforeAll
    static void simulateAYear() {
        ledger = Ledger.open(REFERENCE.network(), new InMemoryLedgerStore());
        year = NetworkSimulation.create(REFERENCE, 42, ledger);
        year.run(Duration.ofDays(365), (now, done) -> progress.add(done));
    }

    @AfterAll
    static void close() {
        year.close();
        ledger.close();
    }

    @Test
    void aYearReportsProgressDaily() {
        assertThat(progress).hasSize(365).isSorted();
        assertThat(progress.get(364)).isEqualTo(1.0);
        assertThat(year.clock().instant()).isEqualTo(REFERENCE.start().plus(Duration.ofDays(365)));
    }

    @Test
    void heliumIsConservedOverAYearToOnePartInABillion() {
        HeliumBalance b = year.balance();
        assertThat(b.conserved()).as("imbalance %s kg of %s kg", b.imbalanceKg(), b.inKg()).isTrue();
        assertThat(Math.abs(b.imbalanceKg())).isLessThan(1e-9 * b.inKg());
        assertThat(b.inKg()).isGreaterThan(500);
        assertThat(b.stockKg()).isPositive();
        for (LossCause cause : List.of(LossCause.LEAK, LossCause.LINE_LOSS, LossCause.QUENCH, LossCause.LOST_SHIPMENT, LossCause.PURIFIER,
                LossCause.BOIL_OFF_VENTED, LossCause.PERMEATION, LossCause.EXPERIMENT_VENTED)) {
            assertThat(b.lossKg(cause)).as(cause.name()).isPositive();
        }
        assertThat(b.lossKg(LossCause.BAGS_FULL)).as("ten bags ride out a four-day compressor fault").isZero();
    }

    @Test
    void everyEventIsInTheLedgerInTimeOrder() {
        List<RecordedEvent> events = ledger.events();
        assertThat(events).hasSizeGreaterThan(5_000);
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).event().time()).isAfterOrEqualTo(events.get(i - 1).event().time());
        }
        Map<String, Integer> kinds = new TreeMap<>();
        events.forEach(e -> kinds.merge(e.event().getClass().getSimpleName(), 1, Integer::sum));
        assertThat(kinds).containsKeys("BagFull", "BagSwapped", "BagEmptied", "CylinderFilled", "ShipmentSent",
                "ShipmentReceived", "GasFed", "LiquidProduced", "Purchased", "LiquidDelivered", "DewarReturned",
                "MeterRead", "InventoryCounted", "Vented");
    }

    @Test
    void bagsAndCylindersGoThroughTheirProceduresInOrder() {
        Map<String, String> lastOfBag = new TreeMap<>();
        List<String> order = List.of("BagFull", "BagSwapped", "BagEmptied");
        int cycles = 0;
        for (RecordedEvent r : ledger.events()) {
            LedgerEvent e = r.event();
            String bag = e instanceof LedgerEvent.BagFull f ? f.bagId() : e instanceof LedgerEvent.BagSwapped w ? w.fullBagId()
                    : e instanceof LedgerEvent.BagEmptied m ? m.bagId() : null;
            if (bag == null) {
                continue;
            }
            String kind = e.getClass().getSimpleName();
            String before = lastOfBag.getOrDefault(bag, "BagEmptied");
            assertThat(order.indexOf(kind)).as(bag + " after " + before)
                    .isEqualTo((order.indexOf(before) + 1) % order.size());
            lastOfBag.put(bag, kind);
            cycles += kind.equals("BagEmptied") ? 1 : 0;
        }
        assertThat(cycles).isGreaterThan(1000);
        List<LedgerEvent.CylinderFilled> fills = ledger.events().stream().map(RecordedEvent::event)
                .filter(LedgerEvent.CylinderFilled.class::isInstance).map(LedgerEvent.CylinderFilled.class::cast).toList();
        assertThat(fills).hasSizeGreaterThan(100).allSatisfy(f -> {
            assertThat(f.pressure().pascals()).isBetween(10e6, 14.7e6);
            assertThat(f.operator()).endsWith("technical staff");
        });
        assertThat(fills).filteredOn(f -> f.siteId().equals("ehime")).anySatisfy(f ->
                assertThat(f.purity().heliumMoleFraction()).as("air in ehime's bags").isLessThan(0.99));
    }

    @Test
    void labsRecoverWhatTheyUseAndTheHubMovesFromPhase1To3() {
        List<Double> rates = new ArrayList<>();
        for (int m = 2; m <= 12; m++) {
            MonthlyReport report = ledger.monthlyReport(YearMonth.of(2026, m), ZONE, StandardConditions.NORMAL_0C,
                    PriceTiers.flat(1));
            for (MonthlyReport.Line lab : report.labs()) {
                if (!List.of("tottori-nmr1", "ous-nmr2", "ous-nmr1", "tokushima-nmr1").contains(lab.id())) {
                    lab.recoveryRate().ifPresent(rates::add);
                }
            }
            MonthlyReport.Line leaky = report.lab("tottori-nmr1");
            if (m >= 4) {
                assertThat(leaky.recoveryRate().orElseThrow()).isBetween(0.3, 0.75);
            }
        }
        rates.sort(Double::compare);
        assertThat(rates.get(rates.size() / 2)).as("median recovery rate of the sound labs: a few % lost on the lines")
                .isCloseTo(0.97, within(0.025));
        assertThat(rates).allSatisfy(r -> assertThat(r).isBetween(0.9, 1.0));

        double[] producedPerPhase = new double[4];
        double[] purchasedPerPhase = new double[4];
        for (RecordedEvent r : ledger.events()) {
            int phase = REFERENCE.phaseOn(days(r.event().time())).phase();
            if (r.event() instanceof LedgerEvent.LiquidProduced p) {
                producedPerPhase[phase] += p.litres();
            } else if (r.event() instanceof LedgerEvent.Purchased p) {
                purchasedPerPhase[phase] += p.amount().liquidLitres();
            }
        }
        assertThat(producedPerPhase[1]).as("Phase 1 collects gas only").isZero();
        assertThat(producedPerPhase[2]).isPositive();
        assertThat(producedPerPhase[3]).as("Phase 3 liquefies nearly all").isGreaterThan(producedPerPhase[2]);
        assertThat(purchasedPerPhase[3]).as("Phase 3 buys less than Phase 1").isLessThan(purchasedPerPhase[1]);
        assertThat(year.phase().phase()).isEqualTo(3);
    }

    /**
     * tokushima-nmr1 uses 20 L a week in its cryostats, 90 % of their boil-off recovered. Its twin tottori-nmr2
     * (the same NMR magnet, no experiments, no faults) shows what the magnet alone uses.
     */
    @Test
    void aLabWithExperimentsUsesTheirLiquidRecoversItsShareAndRecordsTheRestAsVented() {
        String lab = "tokushima-nmr1";
        Scenario.Experiment experiment = REFERENCE.partners().stream().flatMap(p -> p.lines().stream())
                .filter(l -> l.labId().equals(lab)).findFirst().orElseThrow().experiment();
        assertThat(experiment).isEqualTo(new Scenario.Experiment(20, 0.9));
        HeliumBalance b = year.balance();
        assertThat(b.conserved()).isTrue();
        double drawnLitres = b.lossKg(LossCause.EXPERIMENT_VENTED) / (1 - experiment.recoveredFraction()) / Physics.DRHO;
        double weeks = 365 / ExperimentSupply.WEEK_DAYS;
        assertThat(drawnLitres).as("20 L a week from the first delivery, about two days in")
                .isBetween(0.98 * experiment.litresPerWeek() * weeks, experiment.litresPerWeek() * weeks);

        double ventsKg = 0;
        int deliveries = 0;
        int twinDeliveries = 0;
        for (RecordedEvent r : ledger.events()) {
            if (r.event() instanceof LedgerEvent.Vented v && LabLine.EXPERIMENT_VENT_REASON.equals(v.reason())) {
                assertThat(v.labId()).isEqualTo(lab);
                ventsKg += v.amount().kilograms();
            } else if (r.event() instanceof LedgerEvent.LiquidDelivered d) {
                deliveries += d.labId().equals(lab) ? 1 : 0;
                twinDeliveries += d.labId().equals("tottori-nmr2") ? 1 : 0;
            }
        }
        assertThat(ventsKg).as("the cryostats' vents are recorded, up to the last month end")
                .isCloseTo(b.lossKg(LossCause.EXPERIMENT_VENTED), within(1e-6 * ventsKg));
        assertThat(deliveries).as("a dewar a week besides the magnet's refills").isGreaterThanOrEqualTo(52 + twinDeliveries - 1);

        double used = 0;
        double twinUsed = 0;
        for (int m = 1; m <= 12; m++) {
            MonthlyReport report = ledger.monthlyReport(YearMonth.of(2026, m), ZONE, StandardConditions.NORMAL_0C,
                    PriceTiers.flat(1));
            MonthlyReport.Line line = report.lab(lab);
            used += line.consumedKilograms();
            twinUsed += report.lab("tottori-nmr2").consumedKilograms();
            if (m == 1) {
                continue; // the first delivery comes two days in
            }
            double share = line.losses().kilograms() / line.consumedKilograms();
            assertThat(line.consumedKilograms() / Physics.DRHO).as("L used in month " + m).isBetween(85.0, 110.0);
            assertThat(line.recoveryRate().orElseThrow()).as("month %d: about the recovered fraction", m)
                    .isCloseTo(experiment.recoveredFraction(), within(0.03));
            assertThat(share).as("vents: a tenth of the experiments' ~88 %% of the use").isBetween(0.08, 0.1);
            assertThat(line.recoveryRate().orElseThrow() + share).as("only the line's everyday 1-5 %% is unaccounted")
                    .isBetween(0.95, 0.99);
        }
        assertThat((used - twinUsed) / Physics.DRHO).as("what the experiments add to the magnet's use, L")
                .isCloseTo(drawnLitres, within(0.05 * drawnLitres));
    }

    private static double days(Instant t) {
        return Duration.between(REFERENCE.start(), t).toMillis() / 86_400_000.0;
    }

    @Test
    void reconciliationFindsTheInjectedLeakAndTheBadMeter() {
        LedgerReconciliation result = LedgerReconciler.typical().reconcile(ledger, YearMonth.of(2026, 1),
                YearMonth.of(2026, 12), ZONE);
        List<SiteFinding> tottori = result.findings("tottori");
        assertThat(tottori).anySatisfy(f -> assertThat(f.text()).contains("tottori-nmr1").contains("leak"));
        assertThat(result.findings("ous")).anySatisfy(f -> assertThat(f.text()).contains("ous-nmr2-M").contains("high"));
        for (String sound : List.of("yonago", "tokushima", "ehime", "okayama")) {
            assertThat(result.findings(sound)).as(sound).isEmpty();
        }
        assertThat(tottori).allSatisfy(f -> assertThat(f.text()).doesNotContain("tottori-nmr2"));
    }

    @Test
    void theFaultsInjectedAreListedWithWhereAndWhen() {
        List<InjectedFault> faults = year.faults();
        assertThat(faults).extracting(f -> f.fault().type()).containsExactlyInAnyOrder("leak", "meterHigh",
                "compressorFault", "airIngress", "stuckSensor", "quench", "lostShipment");
        assertThat(faults).allSatisfy(f -> assertThat(f.at()).isAfterOrEqualTo(REFERENCE.start()));
        assertThat(faults).filteredOn(f -> f.fault() instanceof Fault.Leak).singleElement()
                .satisfies(f -> {
                    assertThat(f.siteId()).isEqualTo("tottori");
                    assertThat(f.at()).isEqualTo(REFERENCE.start().plus(Duration.ofDays(60)));
                });
        assertThat(ledger.events()).anySatisfy(r -> assertThat(r.event()).isInstanceOfSatisfying(LedgerEvent.Vented.class,
                v -> assertThat(v.reason()).contains("quench")));
    }

    @Test
    void theSameSeedGivesTheSameLedgerAndAnotherSeedAnother() {
        List<RecordedEvent> a = run(7, 90);
        List<RecordedEvent> b = run(7, 90);
        List<RecordedEvent> c = run(8, 90);
        assertThat(a).isEqualTo(b).isNotEqualTo(c);
    }

    private static List<RecordedEvent> run(long seed, int days) {
        try (Ledger l = Ledger.open(REFERENCE.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(REFERENCE, seed, l)) {
            sim.run(Duration.ofDays(days), Progress.NONE);
            return l.events();
        }
    }

    @Test
    void cylindersWhosePressureTestExpiredGoForTheirTestAndComeBack() {
        Scenario late = new Scenario(REFERENCE.name(), "", REFERENCE.network(), java.time.LocalDate.of(2030, 3, 1),
                ZONE, 90, REFERENCE.sampleInterval(), 9, REFERENCE.hub(), REFERENCE.partners(), List.of(), List.of(), null);
        try (Ledger l = Ledger.open(late.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(late, 1, l)) {
            sim.run(Duration.ofDays(90), Progress.NONE);
            assertThat(sim.balance().conserved()).isTrue();
            List<java.time.Instant> fills = l.events().stream().map(RecordedEvent::event)
                    .filter(LedgerEvent.CylinderFilled.class::isInstance).map(LedgerEvent::time).toList();
            assertThat(fills).as("the tests expire on 2030-04-01; re-tested cylinders are filled again")
                    .filteredOn(t -> t.isAfter(java.time.Instant.parse("2030-04-20T00:00:00Z"))).hasSizeGreaterThan(5);
        }
    }

    @Test
    void aLedgerOnAnotherNetworkOrWithEventsIsRefused() {
        Scenario campaign = Scenario.campaign();
        try (Ledger other = Ledger.open(campaign.network(), new InMemoryLedgerStore())) {
            assertThatThrownBy(() -> NetworkSimulation.create(REFERENCE, 1, other))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another network");
        }
        assertThatThrownBy(() -> NetworkSimulation.create(REFERENCE, 1, ledger))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty ledger");
    }

    @Test
    void aScaledScenarioClonesThePartners() {
        Scenario scaled = Scenario.scaled(12);
        assertThat(scaled.partners()).hasSize(12);
        assertThat(scaled.network().sites()).hasSize(13);
        assertThat(scaled.network().site("tottori-1")).isPresent();
        assertThat(scaled.faults()).isEqualTo(REFERENCE.faults());
        try (Ledger l = Ledger.open(scaled.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(scaled, 3, l)) {
            sim.run(Duration.ofDays(60), Progress.NONE);
            assertThat(sim.balance().conserved()).isTrue();
        }
        assertThatThrownBy(() -> Scenario.scaled(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
