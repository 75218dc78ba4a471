package io.github.herenet.helium.reconcile;

import io.github.herenet.helium.inventory.Cylinder;
import io.github.herenet.helium.inventory.Dewar;
import io.github.herenet.helium.inventory.GasBag;
import io.github.herenet.helium.inventory.GasMeter;
import io.github.herenet.helium.inventory.Lab;
import io.github.herenet.helium.inventory.LiquidLevel;
import io.github.herenet.helium.inventory.Network;
import io.github.herenet.helium.inventory.Purity;
import io.github.herenet.helium.inventory.Site;
import io.github.herenet.helium.inventory.VesselReading;
import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.LedgerEvent;
import io.github.herenet.helium.thermo.StandardConditions;
import io.github.herenet.helium.units.Mass;
import io.github.herenet.helium.units.Pressure;
import io.github.herenet.helium.units.Temperature;
import io.github.herenet.helium.units.Volume;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Four months of a partner site, Tottori, as the ledger records them: each month both NMR labs get a
 * dewar and return it, their boil-off goes through their meters into 1 m3 bags, which are compressed into
 * a cylinder. In February the nmr-a line loses 30 % of its gas before the meter; in March the meter M-b
 * reads 20 % high. The reconciliation must name both, in words, and nothing else.
 */
class LedgerReconcilerTest {

    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final Pressure ATM = Pressure.STANDARD_ATMOSPHERE;
    private static final Volume BAG = Volume.ofCubicMetres(1);
    private static final YearMonth JANUARY = YearMonth.of(2026, 1);
    private static final YearMonth APRIL = YearMonth.of(2026, 4);
    private static final double LEAK = 0.30;
    /**
     * 20 % high: with 3 % level readings a single month's 12 % is at the edge of detection here (z = 3.5
     * against a critical 3.4 for 88 candidates), so a larger bias keeps the test about wording, not luck.
     */
    private static final double METER_HIGH = 1.20;

    private static Ledger ledger;
    private static double leakedKg;
    private static LedgerReconciliation result;

    @BeforeAll
    static void fourMonths() {
        ledger = Ledger.open(network(), new InMemoryLedgerStore());
        List<LedgerEvent> events = new ArrayList<>();
        double[] meterTotal = {1000, 2000};
        double[] carried = {0, 0};
        String[] labs = {"nmr-a", "nmr-b"};
        String[] meters = {"M-a", "M-b"};
        double[][] delivered = {{60, 55, 62, 58}, {100, 96, 104, 98}};
        double[][] returned = {{10, 8, 12, 9}, {20, 18, 22, 17}};
        Instant start = JANUARY.atDay(1).atStartOfDay(TOKYO).toInstant();
        events.add(new LedgerEvent.MeterRead(start.plus(Duration.ofHours(12)), "M-a", meterTotal[0]));
        events.add(new LedgerEvent.MeterRead(start.plus(Duration.ofHours(12)), "M-b", meterTotal[1]));
        events.add(new LedgerEvent.MeterRead(start.plus(Duration.ofHours(12)), "M-c", 300));
        int bagNumber = 0;
        for (int month = 0; month < 4; month++) {
            Instant first = JANUARY.plusMonths(month).atDay(1).atStartOfDay(TOKYO).toInstant();
            for (int lab = 0; lab < 2; lab++) {
                String dewar = "D" + (2 * month + lab + 1);
                double used = dewarKg(delivered[lab][month]) - dewarKg(returned[lab][month]);
                double lost = month == 1 && lab == 0 ? LEAK * used : 0;
                leakedKg += lost;
                double throughMeter = used - lost;
                double reads = throughMeter * (month == 2 && lab == 1 ? METER_HIGH : 1);
                events.add(new LedgerEvent.LiquidDelivered(first.plus(Duration.ofDays(1)), dewar, labs[lab], delivered[lab][month]));
                events.add(new LedgerEvent.DewarReturned(first.plus(Duration.ofDays(25)), dewar, labs[lab], returned[lab][month]));
                meterTotal[lab] += reads / StandardConditions.NORMAL_0C.gasDensity();
                events.add(new LedgerEvent.MeterRead(first.plus(Duration.ofDays(26)), meters[lab], meterTotal[lab]));
                // The gas that passed the meter fills bags one after another; the last one stays on the line.
                carried[lab] += throughMeter;
                double perBag = bagKg();
                int full = (int) Math.floor(carried[lab] / perBag);
                carried[lab] -= full * perBag;
                for (int b = 0; b < full; b++) {
                    Instant when = first.plus(Duration.ofDays(2)).plus(Duration.ofMinutes(400L * b + 200L * lab));
                    String bag = "B" + (1 + bagNumber++ % 10);
                    events.add(new LedgerEvent.BagFull(when, bag, "tottori",
                            new VesselReading.Bag(BAG, ATM, Temperature.TWENTY_CELSIUS, Purity.PURE)));
                    events.add(new LedgerEvent.BagEmptied(when.plus(Duration.ofMinutes(10)), bag, "C1"));
                }
            }
        }
        events.sort(Comparator.comparing(LedgerEvent::time));
        ledger.appendAll(events);
        result = LedgerReconciler.typical().reconcile(ledger, JANUARY, APRIL, TOKYO);
    }

    @Test
    void namesTheLeakyLineAndTheHighMeterAndNothingElse() {
        assertThat(result.findings()).as(result.text()).hasSize(2);
        assertThat(result.findings("okayama")).isEmpty();
        List<SiteFinding> tottori = result.findings("tottori");
        assertThat(tottori).extracting(SiteFinding::month).containsExactly(YearMonth.of(2026, 2), YearMonth.of(2026, 3));
    }

    @Test
    void theLeakIsSizedAndWorded() {
        SiteFinding leak = result.findings("tottori").get(0);
        assertThat(leak.subject()).isEqualTo("nmr-a 2026-02");
        assertThat(leak.kilograms()).isCloseTo(leakedKg, within(0.15 * leakedKg));
        assertThat(leak.text()).startsWith("Tottori University, February 2026: about ")
                .contains("used at nmr-a is unaccounted for", "the meter M-a", "a leak on its recovery line")
                .containsPattern("about \\d+\\.\\d m3 \\(\\d+\\.\\d L liquid\\)")
                .contains("Or the ", "of nmr-a is too");
        double m3 = leak.amount().gasCubicMetres(StandardConditions.NORMAL_0C);
        assertThat(leak.text()).contains(String.format(Locale.ROOT, "%.1f m3", m3));
    }

    @Test
    void theMeterIsSizedAndWorded() {
        SiteFinding meter = result.findings("tottori").get(1);
        assertThat(meter.subject()).isEqualTo("nmr-b recovered 2026-03");
        assertThat(meter.text()).startsWith("Tottori University, March 2026: the meter M-b of nmr-b reads about ")
                .containsPattern("reads about (1[7-9]|2[0-3]) % high");
        assertThat(meter.z()).isGreaterThan(result.grossErrors().criticalZ());
    }

    @Test
    void exposesTheModelAndTheNumbers() {
        BalanceModel model = result.model();
        int recovered = model.variable("nmr-b recovered 2026-03");
        assertThat(model.classification(recovered)).isEqualTo(Classification.REDUNDANT);
        assertThat(model.classification(model.variable("mri-c recovered 2026-01"))).isEqualTo(Classification.REDUNDANT);
        // The corrected reconciliation puts the meter back near its true total.
        double truth = model.measuredValue(recovered) / METER_HIGH;
        assertThat(result.grossErrors().corrected().value(recovered)).isCloseTo(truth, within(0.04 * truth));
        assertThat(result.grossErrors().remainingGlobalTest().rejects(0.05)).isFalse();
    }

    @Test
    void cleanMonthsBalance() {
        LedgerReconciliation april = LedgerReconciler.typical().reconcile(ledger, APRIL, APRIL, TOKYO);
        assertThat(april.findings()).isEmpty();
        assertThat(april.text()).startsWith("The books balance");
    }

    @Test
    void rejectsAReversedPeriodAndBadSettings() {
        assertThatThrownBy(() -> LedgerReconciler.typical().reconcile(ledger, APRIL, JANUARY, TOKYO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the first");
        assertThatThrownBy(() -> new LedgerReconciler(MeasurementAccuracy.TYPICAL, StandardConditions.NORMAL_0C, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MeasurementAccuracy(-0.1, 0.03, 0.1, 0.25, MeasurementAccuracy.TYPICAL.floor()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("meter accuracy");
    }

    private static Network network() {
        List<Network.Placement> vessels = new ArrayList<>();
        for (int d = 1; d <= 8; d++) {
            vessels.add(new Network.Placement(new Dewar("D" + d, Volume.ofLitres(120), 1.0, Mass.ofKilograms(50)), "okayama"));
        }
        for (int b = 1; b <= 10; b++) {
            vessels.add(new Network.Placement(new GasBag("B" + b, BAG), "tottori"));
        }
        vessels.add(new Network.Placement(new Cylinder("C1", Volume.ofLitres(47), Pressure.ofMegapascals(19.7),
                LocalDate.of(2025, 4, 1)), "tottori"));
        return new Network(
                List.of(new Site("okayama", "Okayama University", Site.Role.HUB),
                        new Site("tottori", "Tottori University", Site.Role.PARTNER)),
                List.of(new Lab("nmr-a", "NMR A", "tottori"), new Lab("nmr-b", "NMR B", "tottori"),
                        new Lab("mri-c", "MRI C", "okayama")),
                List.of(new GasMeter("M-a", "nmr-a", StandardConditions.NORMAL_0C),
                        new GasMeter("M-b", "nmr-b", StandardConditions.NORMAL_0C),
                        new GasMeter("M-c", "mri-c", StandardConditions.NORMAL_0C)),
                vessels);
    }

    /** Helium in a 120 L dewar holding {@code litres} of liquid at 1 atm (liquid and vapour), kg. */
    private static double dewarKg(double litres) {
        return new Dewar("x", Volume.ofLitres(120), 1.0, Mass.ofKilograms(50))
                .content(new VesselReading.Liquid(new LiquidLevel.Litres(litres), ATM)).kilograms();
    }

    /** Helium in a full 1 m3 bag at 1 atm and 20 C, kg. */
    private static double bagKg() {
        return new GasBag("x", BAG).content(new VesselReading.Bag(BAG, ATM, Temperature.TWENTY_CELSIUS, Purity.PURE)).kilograms();
    }
}
