package io.github.herenet.helium.json;

import io.github.herenet.helium.ledger.MonthlyReport;
import io.github.herenet.helium.ledger.MonthlyReport.Line;
import io.github.herenet.helium.ledger.MonthlyReport.Scope;
import io.github.herenet.helium.ledger.PriceTiers;
import io.github.herenet.helium.thermo.HeliumAmount;
import io.github.herenet.helium.thermo.StandardConditions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class MonthlyReportCsvTest {

    private static final PriceTiers.Tier A = new PriceTiers.Tier("A", 0.80, 1200);
    private static final PriceTiers.Tier C = new PriceTiers.Tier("C, lowest", 0, 2400);
    private static final PriceTiers.Tier NETWORK = new PriceTiers.Tier("network", 0, 1234.5);

    private static HeliumAmount kg(double kilograms) {
        return HeliumAmount.ofKilograms(kilograms);
    }

    /**
     * By hand, with the EOS densities rho_gas(0 C, 101.325 kPa) = 0.1784812 kg/m3 and
     * rho_liquid(NBP) = 124.669268 kg/m3 (1 L of liquid = 0.1246693 kg):
     *
     * <pre>
     * nmr-1: delivered 100 L, returned 10 L: supplied 90 L = 11.220234 kg = 62.865 m3 (90.000 L)
     *        recovered 10 kg = 56.028 m3 = 80.212 L
     *        stock 2 kg = 11.206 m3 at the start, 1.5 kg = 8.404 m3 at the end: change -0.5 kg = -2.801 m3 = -4.011 L
     *        losses 0.5 kg = 2.801 m3 = 4.011 L
     *        rate = 10 / (11.220234 + 0.5) = 0.85323 -> 0.8532, tier A at 1200
     * "lab, annex ""B""": nothing at all: every volume 0.000, no rate (nothing used), tier "C, lowest" at 2400
     * kyoto (site): as nmr-1 but stock 5 kg = 28.014 m3 at the start and 4.5 kg = 25.213 m3 at the end
     * network: as kyoto, its tier's price 1234.5
     * </pre>
     */
    private static MonthlyReport report() {
        HeliumAmount delivered = HeliumAmount.ofLiquidLitres(100);
        HeliumAmount returned = HeliumAmount.ofLiquidLitres(10);
        Line nmr = new Line(Scope.LAB, "nmr-1", delivered, returned, kg(10), kg(2), kg(1.5), kg(0.5), A);
        Line annex = new Line(Scope.LAB, "lab, annex \"B\"", HeliumAmount.ZERO, HeliumAmount.ZERO, HeliumAmount.ZERO,
                HeliumAmount.ZERO, HeliumAmount.ZERO, HeliumAmount.ZERO, C);
        Line kyoto = new Line(Scope.SITE, "kyoto", delivered, returned, kg(10), kg(5), kg(4.5), kg(0.5), A);
        Line network = new Line(Scope.NETWORK, "network", delivered, returned, kg(10), kg(5), kg(4.5), kg(0.5), NETWORK);
        return new MonthlyReport(YearMonth.of(2026, 1), ZoneId.of("Asia/Tokyo"), StandardConditions.NORMAL_0C,
                List.of(nmr, annex), List.of(kyoto), network);
    }

    private static final String EXPECTED = ""
            + "scope,id,supplied_m3,recovered_m3,inventory_start_m3,inventory_end_m3,inventory_change_m3,losses_m3,"
            + "supplied_L,recovered_L,inventory_change_L,losses_L,recovery_rate,price_tier,price_per_litre,conditions\r\n"
            + "lab,nmr-1,62.865,56.028,11.206,8.404,-2.801,2.801,90.000,80.212,-4.011,4.011,0.8532,A,1200,\"0 C, 101.325 kPa\"\r\n"
            + "lab,\"lab, annex \"\"B\"\"\",0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,0.000,,\"C, lowest\",2400,"
            + "\"0 C, 101.325 kPa\"\r\n"
            + "site,kyoto,62.865,56.028,28.014,25.213,-2.801,2.801,90.000,80.212,-4.011,4.011,0.8532,A,1200,\"0 C, 101.325 kPa\"\r\n"
            + "network,network,62.865,56.028,28.014,25.213,-2.801,2.801,90.000,80.212,-4.011,4.011,0.8532,network,1234.5,"
            + "\"0 C, 101.325 kPa\"\r\n";

    @Test
    void writesTheExpectedText() {
        assertThat(MonthlyReportCsv.toCsv(report())).isEqualTo(EXPECTED);
    }

    @Test
    void severalMonthsGoInOneTableLedByTheirMonth() throws IOException {
        MonthlyReport january = report();
        MonthlyReport february = new MonthlyReport(YearMonth.of(2026, 2), january.zone(), january.conditions(),
                january.labs(), january.sites(), january.network());
        StringBuilder out = new StringBuilder();
        MonthlyReportCsv.writeMonths(List.of(january, february), out);

        String[] expectedRows = EXPECTED.split("\r\n");
        List<String> lines = List.of(out.toString().split("\r\n"));
        assertThat(out.toString()).endsWith("\r\n");
        assertThat(lines).hasSize(1 + 2 * (expectedRows.length - 1));
        assertThat(lines.get(0)).isEqualTo("month," + expectedRows[0]);
        for (int i = 1; i < expectedRows.length; i++) {
            assertThat(lines.get(i)).isEqualTo("2026-01," + expectedRows[i]);
            assertThat(lines.get(i + expectedRows.length - 1)).isEqualTo("2026-02," + expectedRows[i]);
        }
    }

    @Test
    void theDefaultLocaleDoesNotMatter() throws IOException {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
        try {
            StringBuilder out = new StringBuilder();
            MonthlyReportCsv.write(report(), out);
            assertThat(out).hasToString(EXPECTED);
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void quotesOnlyWhatNeedsIt() throws IOException {
        StringBuilder out = new StringBuilder();
        for (String field : new String[]{"plain", "a,b", "say \"hi\"", "two\nlines", "cr\r", " spaced "}) {
            MonthlyReportCsv.field(out, field);
            out.append('|');
        }
        assertThat(out).hasToString("plain|\"a,b\"|\"say \"\"hi\"\"\"|\"two\nlines\"|\"cr\r\"| spaced |");
    }

    @Test
    void roundsHalfUpWithoutNegativeZero() {
        assertThat(MonthlyReportCsv.decimal(1.0005, 3)).isEqualTo("1.001");
        assertThat(MonthlyReportCsv.decimal(-0.0004, 3)).isEqualTo("0.000");
        assertThat(MonthlyReportCsv.decimal(-0.0, 3)).isEqualTo("0.000");
        assertThat(MonthlyReportCsv.decimal(12345678.9, 3)).isEqualTo("12345678.900");
        assertThat(MonthlyReportCsv.decimal(1e-9, 4)).isEqualTo("0.0000");
    }
}
