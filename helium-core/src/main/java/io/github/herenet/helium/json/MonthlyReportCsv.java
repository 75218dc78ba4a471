package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.thermo.StandardConditions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A {@link MonthlyReport} as CSV (RFC 4180: comma-separated, CRLF line ends, fields holding a comma,
 * quote, CR or LF quoted with {@code "} and inner quotes doubled), for spreadsheets and the accounting
 * office. One header line, then one row per lab, one per site, and one for the network, in the report's
 * order:
 *
 * <pre>
 * scope,id,supplied_m3,recovered_m3,inventory_start_m3,inventory_end_m3,inventory_change_m3,losses_m3,
 * supplied_L,recovered_L,inventory_change_L,losses_L,recovery_rate,price_tier,price_per_litre,conditions
 * </pre>
 *
 * (one line in the file). {@code scope} is {@code lab}, {@code site} or {@code network}. The {@code _m3}
 * columns are cubic metres of gas at the report's standard conditions
 * ({@link MonthlyReport.Line#cubicMetres}), which the last column, {@code conditions}, names on every row
 * (e.g. {@code "0 C, 101.325 kPa"}), so that each row states its unit without a comment line; the
 * {@code _L} columns are litres of liquid at the normal boiling point ({@link MonthlyReport.Line#liquidLitres}).
 * Volumes have three decimals (a litre of gas, a millilitre of liquid). {@code supplied} is liquid
 * delivered less liquid returned ({@link MonthlyReport.Line#suppliedKilograms}); it and the inventory
 * change are signed.
 * {@code recovery_rate} is a plain fraction with four decimals ({@code 0.8500}), empty when the line has
 * no rate (nothing used). {@code price_per_litre} is the tier's price as given ({@code 1200},
 * {@code 1234.5}). Numbers are plain decimals with a point, whatever the default locale: the text is
 * the same on every machine. Rounding is half-up on the shortest decimal form of each double.
 *
 * <p>Stateless and thread-safe.
 */
public final class MonthlyReportCsv {

    /** The header line's columns. */
    public static final List<String> COLUMNS = List.of("scope", "id", "supplied_m3", "recovered_m3",
            "inventory_start_m3", "inventory_end_m3", "inventory_change_m3", "losses_m3", "supplied_L",
            "recovered_L", "inventory_change_L", "losses_L", "recovery_rate", "price_tier", "price_per_litre",
            "conditions");

    private static final String EOL = "\r\n";
    private static final int VOLUME_DECIMALS = 3;
    private static final int RATE_DECIMALS = 4;

    private MonthlyReportCsv() {
    }

    /**
     * The report as CSV text.
     *
     * @param report the report
     * @return the header and one CRLF-terminated row per lab, site and the network
     */
    public static String toCsv(MonthlyReport report) {
        StringBuilder out = new StringBuilder(256 * (report.labs().size() + report.sites().size() + 2));
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /**
     * Writes the report as CSV to {@code out}.
     *
     * @param report the report
     * @param out    where the header and rows go
     * @throws IOException if {@code out} fails
     */
    public static void write(MonthlyReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        row(out, COLUMNS.toArray(String[]::new));
        rows(out, report, null);
    }

    /**
     * Writes several months as one CSV table, for a season or a year in one spreadsheet: the columns of
     * {@link #COLUMNS} preceded by {@code month} ({@code 2026-04}), and the rows of each report in turn.
     *
     * @param reports the reports, in the order their rows are written (each may have its own conditions)
     * @param out     where the header and rows go
     * @throws IOException if {@code out} fails
     */
    public static void writeMonths(List<MonthlyReport> reports, Appendable out) throws IOException {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(out, "out");
        String[] header = new String[COLUMNS.size() + 1];
        header[0] = "month";
        for (int i = 0; i < COLUMNS.size(); i++) {
            header[i + 1] = COLUMNS.get(i);
        }
        row(out, header);
        for (MonthlyReport report : reports) {
            rows(out, report, report.month().toString());
        }
    }

    /** The report's lab, site and network rows, each led by {@code month} unless it is null. */
    private static void rows(Appendable out, MonthlyReport report, String month) throws IOException {
        for (MonthlyReport.Line line : report.labs()) {
            row(out, month, line, report.conditions());
        }
        for (MonthlyReport.Line line : report.sites()) {
            row(out, month, line, report.conditions());
        }
        row(out, month, report.network(), report.conditions());
    }

    private static void row(Appendable out, String month, MonthlyReport.Line line, StandardConditions conditions)
            throws IOException {
        double supplied = line.suppliedKilograms();
        double change = line.inventoryChangeKilograms();
        OptionalDouble rate = line.recoveryRate();
        if (month != null) {
            field(out, month);
            out.append(',');
        }
        row(out,
                line.scope().name().toLowerCase(Locale.ROOT),
                line.id(),
                cubicMetres(supplied, conditions),
                cubicMetres(line.recovered().kilograms(), conditions),
                cubicMetres(line.inventoryStart().kilograms(), conditions),
                cubicMetres(line.inventoryEnd().kilograms(), conditions),
                cubicMetres(change, conditions),
                cubicMetres(line.losses().kilograms(), conditions),
                litres(supplied),
                litres(line.recovered().kilograms()),
                litres(change),
                litres(line.losses().kilograms()),
                rate.isPresent() ? decimal(rate.getAsDouble(), RATE_DECIMALS) : "",
                line.tier().name(),
                BigDecimal.valueOf(line.tier().pricePerLitre()).stripTrailingZeros().toPlainString(),
                conditions.name());
    }

    private static String cubicMetres(double kilograms, StandardConditions conditions) {
        return decimal(MonthlyReport.Line.cubicMetres(kilograms, conditions), VOLUME_DECIMALS);
    }

    private static String litres(double kilograms) {
        return decimal(MonthlyReport.Line.liquidLitres(kilograms), VOLUME_DECIMALS);
    }

    /** {@code value} rounded half-up to {@code decimals} places, plain ({@code "-0.000"} never appears). */
    static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    private static void row(Appendable out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            field(out, fields[i]);
        }
        out.append(EOL);
    }

    /** One field, quoted if it holds a comma, quote, CR or LF (RFC 4180, section 2). */
    static void field(Appendable out, String value) throws IOException {
        boolean quote = false;
        for (int i = 0; i < value.length() && !quote; i++) {
            char c = value.charAt(i);
            quote = c == ',' || c == '"' || c == '\r' || c == '\n';
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        out.append('"');
    }
}
