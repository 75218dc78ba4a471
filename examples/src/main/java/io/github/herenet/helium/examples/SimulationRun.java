package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Alert;
import io.github.herenet.helium.alert.AlertEngine;
import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.alert.AlertKind;
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
import io.github.herenet.helium.sim.network.ReadingListener;
import io.github.herenet.helium.sim.network.Scenario;
import io.github.herenet.helium.thermo.StandardConditions;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
 * @param overdue        shipments sent and never received
 * @param faults         each injected fault and what caught it
 * @param campaign       the steps of a magnet decommissioning campaign, if the scenario has one
 * @param plan           the plan for the days after the season, if the network has a hub and partners
 * @param alerts         the alerts raised, each in its last state
 * @param balance        the simulator's true physical helium account
 * @param seconds        wall-clock seconds the simulation took (without evaluating it)
 */
record SimulationRun(Scenario scenario, long seed, int days, Instant end, int ledgerEvents, SeasonReport season,
                     LedgerReconciliation reconciliation, List<OverdueShipment> overdue, List<FaultCheck> faults,
                     CampaignLog campaign, Optional<NextPlan> plan,
                     List<Alert> alerts, HeliumBalance balance, double seconds) {

    /** Days the plan after the season looks ahead. */
    static final int PLAN_DAYS = 91;
    /** The standard conditions of the reported gas volumes. */
    static final StandardConditions CONDITIONS = StandardConditions.NORMAL_0C;

    /**
     * An injected fault and the evidence that caught it: for faults that change the helium balance (a leak, a
     * meter reading high) the reconciliation's findings that name its lab or meter, from the month it started; for
     * a lost shipment, the overdue shipments from its site; for the others, the alerts of the kinds that
     * announce it at its site, raised after it started.
     *
     * @param fault    the fault
     * @param evidence what caught it, one sentence each; empty if nothing did
     */
    record FaultCheck(InjectedFault fault, List<String> evidence) {

        FaultCheck {
            evidence = List.copyOf(evidence);
        }

        /** Whether anything caught it. */
        boolean caught() {
            return !evidence.isEmpty();
        }
    }

    /** The alert kinds that announce each type of fault. */
    private static final Map<String, Set<AlertKind>> ANNOUNCED_BY = Map.of(
            "compressorFault", EnumSet.of(AlertKind.COMPRESSOR_FAULT),
            "airIngress", EnumSet.of(AlertKind.PURITY_LOW),
            "stuckSensor", EnumSet.of(AlertKind.SENSOR_STUCK),
            "quench", EnumSet.of(AlertKind.QUENCH, AlertKind.OXYGEN_LOW),
            "leak", EnumSet.of(AlertKind.BOILOFF_ZERO));
    /** The fault types whose helium the reconciliation of the ledger should miss. */
    private static final Set<String> RECONCILED = Set.of("leak", "meterHigh");
    /**
     * How the alerts of a simulated site are handled: nobody acknowledges them (no one is at the keyboard),
     * so they are re-sent every 4 hours and escalate after a working day; one message a minute at most.
     */
    static final AlertEngine.Settings ALERT_SETTINGS = new AlertEngine.Settings(Duration.ofHours(4),
            Duration.ofHours(24), Duration.ofMinutes(1));

    /**
     * Simulates {@code days} of {@code scenario} into a fresh SQLite ledger at {@code ledgerFile} and
     * evaluates the result. The simulation appends its events in batches, each durable when the ledger
     * takes it, so a run cut short leaves a valid ledger of the simulated time up to its last batch.
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
            AlertEngine engine = new AlertEngine(rules, simulation.clock(), ALERT_SETTINGS, ledger);
            AlertLog alertLog = new AlertLog();
            engine.addListener(alertLog);
            simulation.addReadingListener(ReadingListener.byDevice(engine::onReading));
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
            List<OverdueShipment> overdue = OverdueShipment.in(ledger, end);
            List<FaultCheck> faults = simulation.faults().stream()
                    .map(f -> check(f, reconciliation.findings(f.siteId()), overdue, alerts, zone)).toList();
            Optional<NextPlan> plan = scenario.hub() != null && !scenario.partners().isEmpty()
                    ? Optional.of(NextPlan.after(ledger, season, end, PLAN_DAYS, liquefier(scenario.hub(), days)))
                    : Optional.empty();
            return new SimulationRun(scenario, seed, days, end, ledger.size(), season, reconciliation, overdue, faults,
                    CampaignLog.of(ledger), plan, alerts, simulation.balance(), seconds);
        }
    }

    /**
     * The scenario's liquefier as the planner sees it: day {@code d} of the plan is day {@code firstDay + d} of
     * the scenario, so its maintenance stops are those that fall in the plan's days.
     */
    private static PlanningProblem.Liquefier liquefier(Scenario.Hub hub, int firstDay) {
        Set<Integer> maintenance = new HashSet<>();
        IntStream.range(0, PLAN_DAYS).filter(d -> hub.inMaintenance(firstDay + d)).forEach(maintenance::add);
        return new PlanningProblem.Liquefier(hub.liquefierLitresPerHour(), hub.hoursPerDay(), maintenance,
                hub.purifierEfficiency());
    }

    private static FaultCheck check(InjectedFault fault, List<SiteFinding> siteFindings, List<OverdueShipment> overdue,
                                    List<Alert> alerts, ZoneId zone) {
        String type = fault.fault().type();
        List<String> evidence = new ArrayList<>();
        if (RECONCILED.contains(type)) {
            YearMonth from = YearMonth.from(fault.at().atZone(zone));
            siteFindings.stream().filter(f -> !f.month().isBefore(from) && f.text().contains(fault.fault().target()))
                    .forEach(f -> evidence.add("reconciliation, " + f.month() + ": " + f.subject()));
        }
        if (type.equals("lostShipment")) {
            overdue.stream().filter(o -> o.fromSiteId().equals(fault.siteId()) && !o.sentAt().isBefore(fault.at()))
                    .forEach(o -> evidence.add("overdue " + o.text()));
        }
        Set<AlertKind> kinds = ANNOUNCED_BY.getOrDefault(type, Set.of());
        String site = "sim://" + fault.siteId() + "/";
        for (Alert alert : alerts) {
            if (kinds.contains(alert.kind()) && alert.subject().startsWith(site) && !alert.raisedAt().isBefore(fault.at())) {
                evidence.add("alert " + alert.kind() + " on " + alert.subject() + " at " + alert.raisedAt());
            }
        }
        return new FaultCheck(fault, evidence);
    }
}
