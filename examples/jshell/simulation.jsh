// Five months of the reference network (a hub and five partners), its monthly recovery rates and what the
// reconciliation of its ledger finds. Run with:  examples/jshell/helium-jshell examples/jshell/simulation.jsh

var scenario = Scenario.reference();
try (var ledger = Ledger.open(scenario.network(), new InMemoryLedgerStore());
     var sim = NetworkSimulation.create(scenario, 42, ledger)) {
    sim.run(Duration.ofDays(151), Progress.NONE);
    for (int m = 1; m <= 5; m++) {
        var report = ledger.monthlyReport(YearMonth.of(2026, m), scenario.zone(), StandardConditions.NORMAL_0C,
                PriceTiers.flat(1500));
        System.out.printf("2026-%02d  tottori %5.1f %%   network %5.1f %%%n", m,
                100 * report.site("tottori").recoveryRate().orElse(Double.NaN),
                100 * report.network().recoveryRate().orElse(Double.NaN));
    }
    LedgerReconciler.typical().reconcile(ledger, YearMonth.of(2026, 1), YearMonth.of(2026, 5), scenario.zone())
            .findings().forEach(f -> System.out.println("finding: " + f.text()));
    System.out.println("ledger events: " + ledger.size() + ", helium conserved: " + sim.balance().conserved());
}

/exit
