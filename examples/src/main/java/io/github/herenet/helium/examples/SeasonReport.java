package io.github.herenet.helium.examples;

import io.github.herenet.helium.json.MonthlyReportCsv;
import io.github.herenet.helium.ledger.Ledger;
import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.thermo.StandardConditions;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The monthly recovery accounting of a season, per month and per site, as the ledger gives it: liquid
 * supplied (delivered less returned), gas recovered through the meters, the change in inventory, the
 * losses and the recovery rate recovered / (supplied - inventory change) with the price tier it earns.
 *
 * @param months one report per calendar month, in order
 */
record SeasonReport(List<MonthlyReport> months) {

    /** The price tiers the simulated labs are charged by (yen per litre, a typical cryogen centre's scale). */
    static final PriceTiers TIERS = new PriceTiers(List.of(
            new PriceTiers.Tier("A", 0.90, 1500),
            new PriceTiers.Tier("B", 0.70, 2200),
            new PriceTiers.Tier("C", 0, 3000)));

    SeasonReport {
        months = List.copyOf(months);
    }

    /**
     * The reports of the months {@code first} to {@code last}.
     *
     * @param ledger     the ledger
     * @param first      first month
     * @param last       last month, not before {@code first}
     * @param zone       the zone whose calendar months are reported
     * @param conditions the standard conditions of the gas volumes
     * @return the season
     */
    static SeasonReport of(Ledger ledger, YearMonth first, YearMonth last, ZoneId zone, StandardConditions conditions) {
        List<MonthlyReport> reports = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            reports.add(ledger.monthlyReport(month, zone, conditions, TIERS));
        }
        return new SeasonReport(reports);
    }

    /**
     * Prints one table: a row per month and site, and the network's line of each month.
     *
     * @param out where it goes
     */
    void print(PrintWriter out) {
        if (months.isEmpty()) {
            out.println("  (no complete month simulated)");
            return;
        }
        StandardConditions conditions = months.get(0).conditions();
        TextTable table = new TextTable(List.of("month", "site", "supplied\nL liquid", "recovered\nm3 gas",
                "recovered\nL liquid", "inventory\nchange, L", "losses\nL liquid", "recovery\nrate", "price\ntier"))
                .leftAlign(1).leftAlign(8);
        for (MonthlyReport report : months) {
            for (MonthlyReport.Line line : report.sites()) {
                table.row(cells(report, line));
            }
            table.row(cells(report, report.network()));
        }
        out.println("  Gas volumes at " + conditions.name() + "; liquid litres at the normal boiling point.");
        table.print(out);
    }

    private static List<String> cells(MonthlyReport report, MonthlyReport.Line line) {
        OptionalDouble rate = line.recoveryRate();
        return List.of(report.month().toString(),
                line.scope() == MonthlyReport.Scope.NETWORK ? "(network)" : line.id(),
                Fmt.fixed(MonthlyReport.Line.liquidLitres(line.suppliedKilograms()), 1),
                Fmt.fixed(MonthlyReport.Line.cubicMetres(line.recovered().kilograms(), report.conditions()), 2),
                Fmt.fixed(MonthlyReport.Line.liquidLitres(line.recovered().kilograms()), 1),
                Fmt.fixed(MonthlyReport.Line.liquidLitres(line.inventoryChangeKilograms()), 1),
                Fmt.fixed(MonthlyReport.Line.liquidLitres(line.losses().kilograms()), 1),
                rate.isPresent() ? Fmt.fixed(100 * rate.getAsDouble(), 1) + " %" : "-",
                line.tier().name());
    }

    /**
     * Writes every lab, site and network line of the season as one CSV table led by the month.
     *
     * @param out where it goes
     * @throws IOException if writing fails
     */
    void writeCsv(Appendable out) throws IOException {
        MonthlyReportCsv.writeMonths(months, out);
    }
}
