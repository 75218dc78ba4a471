package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEngine;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.ledger.JdbcLedgerStore;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.plan.PlanningProblem;
import io.github.herenet.helium.reconcile.LedgerReconciler;
import io.github.herenet.helium.reconcile.LedgerReconciliation;
import io.github.herenet.helium.reconcile.SiteFinding;
import io.github.herenet.helium.sim.network.HeliumBalance;
import io.github.herenet.helium.sim.network.InjectedFault;
import io.github.herenet.helium.sim.network.NetworkSimulation;
import io.github.herenet.helium.sim.network.Progress;
import io.github.herenet.helium.sim.network.Scenario;
import io.github.herenet.helium.thermo.StandardConditions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One run of the main job: a scenario simulated for some days into a SQLite ledger, with an alert
 * engine listening to every simulated sensor, then the season's monthly accounting, the reconciliation of
 * the ledger, the check that each injected fault was caught, and the plan for the following days.
 *
 * @param scenario       the scenario simulated
 * @param seed           its seed
 * @param days           days simulated
 * @param end            the simulated instant the run stopped at
 * @param ledgerEvents   events the ledger recorded
 * @param season         the monthly accounting
 * @param reconciliation the reconciliation of the ledger over the season
 * @param faults         each injected fault and what caught it
 * @param plan           the plan for the days after the season, if the network has a hub and partners
 * @param alerts         the alerts raised, each in its last state
 * @param balance        the simulator's true physical helium account
 * @param seconds        wall-clock seconds the simulation took
 */
record SimulationRun(Scenario scenario, long seed, int days, Instant end, int ledgerEvents, SeasonReport season,
                     LedgerReconciliation reconciliation, List<FaultCheck> faults, Optional<NextPlan> plan,
                     List<Alert> alerts, HeliumBalance balance, double seconds) {

    /** Days the plan after the season looks ahead. */
    static final int PLAN_DAYS = 91;
    /** The standard conditions of the reported gas volumes. */
    static final StandardConditions CONDITIONS = StandardConditions.NORMAL_0C;

    /**
     * An injected fault and the evidence that caught it: reconciliation findings at its site from the month
     * it started, and alerts raised at its site after it started.
     *
     * @param fault    the fault
     * @param findings the findings that point at it
     * @param alerts   the alerts that point at it
     */
    record FaultCheck(InjectedFault fault, List<SiteFinding> findings, List<Alert> alerts) {

        /** Whether anything caught it. */
        boolean caught() {
            return !findings.isEmpty() || !alerts.isEmpty();
        }
    }

    /**
     * Simulates {@code days} of {@code scenario} into a fresh SQLite ledger at {@code ledgerFile} and
     * evaluates the result.
     *
     * @param scenario   the scenario
     * @param days       days to simulate, at least 1
     * @param seed       the seed
     * @param ledgerFile the SQLite file of the ledger; it must not exist yet
     * @param rules      the alert rules over the simulated sensors
     * @param progress   told about once per simulated day
     * @return the run
     */
    static SimulationRun execute(Scenario scenario, int days, long seed, Path ledgerFile, List<? extends Rule> rules,
                                 Progress progress) {
        long started = System.nanoTime();
        try (Ledger ledger = Ledger.open(scenario.network(), JdbcLedgerStore.openSqlite(ledgerFile));
             NetworkSimulation simulation = NetworkSimulation.create(scenario, seed, ledger)) {
            AlertEngine engine = new AlertEngine(rules, simulation.clock(), AlertEngine.Settings.DEFAULT, ledger);
            AlertLog alertLog = new AlertLog();
            engine.addListener(alertLog);
            simulation.addReadingListener(engine::onReading);
            simulation.run(Duration.ofDays(days), (now, fraction) -> {
                engine.tick();
                progress.progress(now, fraction);
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            Instant end = simulation.clock().instant();
            ZoneId zone = scenario.zone();
            YearMonth first = YearMonth.from(scenario.start().atZone(zone));
            YearMonth last = YearMonth.from(end.minusMillis(1).atZone(zone));
            SeasonReport season = SeasonReport.of(ledger, first, last, zone, CONDITIONS);
            LedgerReconciliation reconciliation = LedgerReconciler.typical().reconcile(ledger, first, last, zone);
            List<Alert> alerts = alertLog.alerts();
            List<FaultCheck> faults = simulation.faults().stream()
                    .map(f -> check(f, reconciliation.findings(f.siteId()), alerts, zone)).toList();
            Optional<NextPlan> plan = scenario.hub() != null && !scenario.partners().isEmpty()
                    ? Optional.of(NextPlan.after(ledger, season, end, PLAN_DAYS, liquefier(scenario.hub())))
                    : Optional.empty();
            return new SimulationRun(scenario, seed, days, end, ledger.size(), season, reconciliation, faults, plan,
                    alerts, simulation.balance(), seconds);
        }
    }

    /** The scenario's liquefier as the planner sees it: its maintenance days from day 0 of the plan on. */
    private static PlanningProblem.Liquefier liquefier(Scenario.Hub hub) {
        Set<Integer> maintenance = new HashSet<>();
        IntStream.range(0, PLAN_DAYS).filter(hub::inMaintenance).forEach(maintenance::add);
        return new PlanningProblem.Liquefier(hub.liquefierLitresPerHour(), hub.hoursPerDay(), maintenance,
                hub.purifierEfficiency());
    }

    private static FaultCheck check(InjectedFault fault, List<SiteFinding> siteFindings, List<Alert> alerts,
                                    ZoneId zone) {
        YearMonth from = YearMonth.from(fault.at().atZone(zone));
        List<SiteFinding> findings = siteFindings.stream().filter(f -> !f.month().isBefore(from)).toList();
        String site = "sim://" + fault.siteId() + "/";
        List<Alert> caughtBy = new ArrayList<>();
        for (Alert alert : alerts) {
            if (alert.subject().startsWith(site) && !alert.raisedAt().isBefore(fault.at())) {
                caughtBy.add(alert);
            }
        }
        return new FaultCheck(fault, findings, caughtBy);
    }
}
