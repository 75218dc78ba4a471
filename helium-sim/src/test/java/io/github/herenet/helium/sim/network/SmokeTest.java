package io.github.herenet.helium.sim.network;

import io.github.herenet.helium.ledger.InMemoryLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.reconcile.LedgerReconciler;
import io.github.herenet.helium.thermo.StandardConditions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.YearMonth;

class SmokeTest {
    @Test
    void year() {
        Scenario s = Scenario.reference();
        long t0 = System.nanoTime();
        try (Ledger ledger = Ledger.open(s.network(), new InMemoryLedgerStore());
             NetworkSimulation sim = NetworkSimulation.create(s, 42, ledger)) {
            sim.run(Duration.ofDays(365), Progress.NONE);
            System.out.println("ms " + (System.nanoTime() - t0) / 1e6 + " events " + ledger.size());
            System.out.println(sim.balance() + " imbalance " + sim.balance().imbalanceKg());
            System.out.println("hub " + java.util.Arrays.toString(sim.hubLitres()));
            sim.faults().forEach(f -> System.out.println(f.at() + " " + f.description()));
            for (int m = 1; m <= 12; m++) {
                MonthlyReport r = ledger.monthlyReport(YearMonth.of(2026, m), s.zone(), StandardConditions.NORMAL_0C, PriceTiers.flat(1));
                System.out.println(m + " " + r.network());
            }
            var rec = LedgerReconciler.typical().reconcile(ledger, YearMonth.of(2026, 1), YearMonth.of(2026, 12), s.zone());
            System.out.println(rec.text());
        }
    }
}
