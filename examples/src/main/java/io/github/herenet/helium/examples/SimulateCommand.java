package io.github.herenet.helium.examples;

import io.github.herenet.helium.alert.Rule;
import io.github.herenet.helium.json.AlertRulesJson;
import io.github.herenet.helium.json.JsonFormatException;
import io.github.herenet.helium.reconcile.SiteFinding;
import io.github.herenet.helium.sim.network.HeliumBalance;
import io.github.herenet.helium.sim.network.LossCause;
import io.github.herenet.helium.sim.network.Progress;
import io.github.herenet.helium.sim.network.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code helium simulate}: the main job. Simulates a helium-recycling network (the reference network by
 * default) into a SQLite ledger and prints the monthly recovery per site, the reconciliation's findings,
 * whether the injected faults were caught, the plan for the next quarter, the alerts raised and the
 * simulator's helium account; writes the report as CSV and JSON beside the ledger.
 */
@Command(name = "simulate",
        mixinStandardHelpOptions = true,
        version = HeliumCli.VERSION,
        sortOptions = false,
        description = {
            "Simulates a helium-recycling network for a year and reports its accounting, findings, plan and alerts.",
            "",
            "Runs the network on a virtual clock (faster than real time, the same for the "
                    + "same seed) into a SQLite ledger, and prints per month and site the liquid supplied, gas "
                    + "recovered, inventory change, losses and recovery rate; what the reconciliation of the "
                    + "ledger finds (leaks, bad meters) and whether it caught the injected faults; the "
                    + "liquefaction and delivery plan for the next " + SimulationRun.PLAN_DAYS + " days; and the "
                    + "alerts raised. Writes ledger.sqlite, report.csv and report.json to the --out folder."},
        footer = {
            "",
            "SCENARIO is one of:",
            "  reference   a hub and five partner institutions (one compressor and ten 1 m3 bags each,",
            "              47 L cylinders at 14.7 MPa, 100 L dewars), Phase 1 -> 2 -> 3 over a year,",
            "              with a leaking recovery line and a gas meter that reads high (the default)",
            "  campaign    a decommissioned MRI with about 800 L left: liquid into five 100 L dewars,",
            "              boil-off into gas bags",
            "  FILE.json   your own scenario (copy one: helium simulate --print-scenario reference)",
            "",
            "Examples:",
            "  helium simulate",
            "  helium simulate campaign",
            "  helium simulate --days 90 --seed 7 --out /tmp/sim",
            "  helium simulate my-network.json"})
public final class SimulateCommand implements Callable<Integer> {

    private static final int MAX_DAYS = 3660;
    private static final int PROGRESS_STEPS = 10;
    private static final String DEFAULT_RULES = "simulation-alerts.json";

    @Parameters(arity = "0..1", paramLabel = "SCENARIO", defaultValue = "reference",
            description = "reference (default), campaign, or a scenario JSON file.")
    private String scenarioName;

    @Option(names = "--days", paramLabel = "DAYS", description = "Days to simulate, 1-" + MAX_DAYS
            + " (default: the scenario's own length).")
    private Integer days;

    @Option(names = "--seed", paramLabel = "SEED", defaultValue = "42",
            description = "Seed of the simulation's randomness (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "helium-simulation",
            description = "Folder for ledger.sqlite, report.csv and report.json (default: ${DEFAULT-VALUE}); "
                    + "a previous run's files there are replaced.")
    private Path out;

    @Option(names = "--rules", paramLabel = "FILE",
            description = "Alert rules (JSON, as AlertRulesJson reads them) instead of the built-in ones.")
    private Path rulesFile;

    @Option(names = "--print-scenario", description = "Print the scenario's JSON and exit, to copy and edit it.")
    private boolean printScenario;

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the simulation and prints the report.
     *
     * @return the exit code: 0, or 1 if the simulator's helium account does not balance
     * @throws ParameterException for a bad scenario, day count or rules file (exit code 2)
     */
    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        if (printScenario) {
            stdout.print(scenarioText());
            stdout.flush();
            return 0;
        }
        Scenario scenario = scenario();
        int simulatedDays = days == null ? scenario.days() : days;
        if (simulatedDays < 1 || simulatedDays > MAX_DAYS) {
            throw new ParameterException(spec.commandLine(), "--days " + simulatedDays + " is outside 1-" + MAX_DAYS);
        }
        List<Rule> rules = rules();
        Path ledgerFile = out.resolve("ledger.sqlite");
        if (prepareOutputFolder(ledgerFile)) {
            stderr.println("helium: replacing the previous run's files in " + out);
        }
        stdout.println("HeReNet Helium simulation: " + scenario.name() + " (seed " + seed + "), " + simulatedDays
                + " days from " + scenario.startDate() + " (" + scenario.zone() + ")");
        stdout.println("  " + scenario.description());
        stdout.flush();
        SimulationRun run = SimulationRun.execute(scenario, simulatedDays, seed, ledgerFile, rules,
                quiet ? Progress.NONE : progress(stderr));
        print(run, ledgerFile, stdout);
        writeReports(run);
        stdout.println();
        stdout.println("Reports: " + out.resolve("report.csv") + ", " + out.resolve("report.json"));
        stdout.flush();
        return run.balance().conserved() ? 0 : 1;
    }

    private Scenario scenario() {
        try (Reader reader = scenarioReader()) {
            return Scenario.read(reader);
        } catch (IllegalArgumentException e) { // a JsonFormatException, or a scenario that does not hold together
            throw new ParameterException(spec.commandLine(), "scenario " + scenarioName + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String scenarioText() throws IOException {
        try (Reader reader = scenarioReader()) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return text.toString();
        }
    }

    /** The JSON of the named built-in scenario or of the file. */
    private Reader scenarioReader() throws IOException {
        if (scenarioName.equals("reference") || scenarioName.equals("campaign")) {
            InputStream in = Scenario.class.getResourceAsStream("/scenarios/" + scenarioName + ".json");
            if (in == null) {
                throw new IllegalStateException("the built-in scenario " + scenarioName + " is missing from helium-sim");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
        try {
            return Files.newBufferedReader(Path.of(scenarioName), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "unknown scenario '" + scenarioName
                    + "': give reference, campaign or the path of a scenario JSON file");
        }
    }

    private List<Rule> rules() throws IOException {
        try (Reader reader = rulesFile == null
                ? new InputStreamReader(SimulateCommand.class.getResourceAsStream(DEFAULT_RULES), StandardCharsets.UTF_8)
                : Files.newBufferedReader(rulesFile, StandardCharsets.UTF_8)) {
            return AlertRulesJson.read(reader);
        } catch (NoSuchFileException e) {
            throw new ParameterException(spec.commandLine(), "--rules " + rulesFile + ": no such file");
        } catch (JsonFormatException e) {
            throw new ParameterException(spec.commandLine(), (rulesFile == null ? "the built-in alert rules"
                    : "--rules " + rulesFile) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the --out folder if needed and deletes the ledger of an earlier run there (the database and its
     * journal files).
     *
     * @return whether there was an earlier run
     * @throws ParameterException if the folder cannot be made or used (a file of that name, no permission)
     */
    private boolean prepareOutputFolder(Path ledgerFile) {
        try {
            Files.createDirectories(out);
            boolean existed = false;
            for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
                existed |= Files.deleteIfExists(ledgerFile.resolveSibling(ledgerFile.getFileName() + suffix));
            }
            return existed;
        } catch (FileAlreadyExistsException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": a file of that name exists; "
                    + "give a folder (it is created if missing)", e);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--out " + out + ": cannot create or write the folder ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
    }

    /** Prints a line at each tenth of the run. */
    private static Progress progress(PrintWriter stderr) {
        int[] printed = {0};
        return (now, fraction) -> {
            int step = (int) Math.floor(fraction * PROGRESS_STEPS + 1e-9);
            if (step > printed[0]) {
                printed[0] = step;
                stderr.println("helium: simulated " + step * 100 / PROGRESS_STEPS + " % (to " + now + ")");
                stderr.flush();
            }
        };
    }

    private static void print(SimulationRun run, Path ledgerFile, PrintWriter out) {
        out.println("Simulated " + run.days() + " days in " + Fmt.fixed(run.seconds(), 1) + " s: " + run.ledgerEvents()
                + " ledger events in " + ledgerFile + ".");
        heading(out, "Monthly recovery per site");
        run.season().print(out);
        heading(out, "Reconciliation of the ledger");
        List<SiteFinding> findings = run.reconciliation().findings();
        if (findings.isEmpty()) {
            out.println("  Every month balances within the meters' accuracy.");
        }
        findings.forEach(f -> out.println("  - " + f.text()));
        run.overdue().forEach(o -> out.println("  - Overdue: " + o.text() + "."));
        heading(out, "Injected faults");
        if (run.faults().isEmpty()) {
            out.println("  None were injected.");
        }
        for (SimulationRun.FaultCheck check : run.faults()) {
            out.println("  - " + LocalDate.ofInstant(check.fault().at(), run.scenario().zone()) + " "
                    + check.fault().description() + ": " + (check.caught()
                    ? "caught by " + check.evidence().get(0)
                    + (check.evidence().size() > 1 ? " (and " + (check.evidence().size() - 1) + " more)" : "")
                    : "NOT caught"));
        }
        if (!run.campaign().steps().isEmpty()) {
            heading(out, "Magnet decommissioning campaign");
            run.campaign().print(out, SimulationRun.CONDITIONS);
        }
        heading(out, "Plan for the next " + SimulationRun.PLAN_DAYS + " days");
        run.plan().ifPresentOrElse(plan -> plan.print(out),
                () -> out.println("  No liquefaction to plan: the scenario has no hub with partner sites."));
        heading(out, "Alerts");
        AlertLog.print(run.alerts(), out);
        heading(out, "Helium account of the simulation (the physical truth the ledger is measured against)");
        printBalance(run.balance(), out);
    }

    private static void heading(PrintWriter out, String title) {
        out.println();
        out.println("== " + title + " ==");
    }

    private static void printBalance(HeliumBalance balance, PrintWriter out) {
        out.println("  in " + Fmt.fixed(balance.inKg(), 3) + " kg = out " + Fmt.fixed(balance.outKg(), 3) + " kg + stock "
                + Fmt.fixed(balance.stockKg(), 3) + " kg + losses " + Fmt.fixed(balance.totalLossesKg(), 3) + " kg; "
                + "imbalance " + String.format(Locale.ROOT, "%.1e", balance.imbalanceKg()) + " kg"
                + (balance.conserved() ? " (conserved to 1e-9 of the total)" : " - NOT CONSERVED"));
        StringBuilder losses = new StringBuilder("  losses:");
        for (LossCause cause : LossCause.values()) {
            if (balance.lossKg(cause) > 0) {
                losses.append(' ').append(cause.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(' ')
                        .append(Fmt.fixed(balance.lossKg(cause), 3)).append(" kg,");
            }
        }
        out.println(losses.charAt(losses.length() - 1) == ',' ? losses.substring(0, losses.length() - 1) : "  losses: none");
    }

    private void writeReports(SimulationRun run) throws IOException {
        try (Writer csv = Files.newBufferedWriter(out.resolve("report.csv"), StandardCharsets.UTF_8)) {
            run.season().writeCsv(csv);
        }
        try (Writer json = Files.newBufferedWriter(out.resolve("report.json"), StandardCharsets.UTF_8)) {
            SimulationReportJson.write(run, json);
        }
    }
}
